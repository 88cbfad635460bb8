import crypto from 'node:crypto';
import * as Y from 'yjs';
import { votableOf } from '../../shared/domain/dots.ts';
import type { Sector } from '../../shared/domain/sectors.ts';
import { tally } from '../../shared/domain/tally.ts';
import type {
  Allocation,
  PriorityMeta,
  PriorityView,
  Tally,
  WorkshopState,
} from '../../shared/domain/workshop.ts';
import type { ParticipantProfile } from '../../shared/protocol/api.ts';
import type { CreateWorkshop } from '../../shared/protocol/schemas.ts';
import { TEXTS_KEY } from '../../shared/protocol/yjsDoc.ts';
import { plainTextOf, yTextOf } from '../../shared/protocol/yjsTexts.ts';
import type { DocRegistry } from '../collab/docRegistry.ts';
import { SERVER_ORIGIN } from '../collab/liveDoc.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { Repos } from '../db/repos.ts';
import type { WorkshopRecord } from '../db/workshopRepo.ts';
import { applyControl, type Control, type ControlCommand } from '../domain/control.ts';
import { makeJoinCode } from '../domain/joinCode.ts';
import { activePriorities, canAddPriority, movePriority, planMerge } from '../domain/priorities.ts';
import { fail, ok, type Result } from '../domain/result.ts';
import { acceptAllocation } from '../domain/votes.ts';

export interface WorkshopEvents {
  /** The workshop's state (phase, lock, list of priorities) changed. */
  state(state: WorkshopState): void;
  /** Stored dots changed; listeners recompute and send the tally when they choose. */
  votes(workshopId: string): void;
  /**
   * A participant's stored dots changed, so their phones can follow. `origin` is the socket whose
   * cast it was: it has the ack, and an echo would overwrite taps it still has in flight.
   */
  allocation(workshopId: string, participantId: string, allocation: Allocation, origin: string | null): void;
  /** Every dot of the workshop was deleted. */
  votesReset(workshopId: string): void;
  /** The workshop and everything in it is being deleted: close its connections. */
  deleted(workshopId: string): void;
  /** The server wrote an item's text (a new priority, a merge), so its history starts there. */
  written(workshopId: string, itemId: string): void;
  /** Someone's accepted Yjs update changed this item's text (not the server's own changes). */
  edited(workshopId: string, itemId: string, editor: TextEditor): void;
}

/** Who typed into a text, as the Yjs endpoint knows them. */
export type TextEditor =
  | { kind: 'participant'; participant: ParticipantProfile }
  | { kind: 'facilitator'; facilitatorId: string };

/**
 * The workshop's rules put to work: load → pure domain rule → persist → tell listeners.
 * REST routes, socket handlers and the Yjs endpoint all go through here.
 */
export class WorkshopService {
  private readonly subscribers: Array<Partial<WorkshopEvents>> = [];
  private readonly controls = new Map<string, Control>();
  private readonly stateCache = new Map<string, WorkshopState>();
  /** Visible priority ids per cached state object; dropped with the state it was built from. */
  private readonly visibleCache = new WeakMap<WorkshopState, ReadonlySet<string>>();
  /** Every priority row per workshop, cached: a vote burst asks for them thousands of times. */
  private readonly priorityCache = new Map<string, PriorityMeta[]>();

  constructor(
    private readonly repos: Repos,
    private readonly docs: DocRegistry,
  ) {}

  on(listeners: Partial<WorkshopEvents>): void {
    this.subscribers.push(listeners);
  }

  /** Called by the Yjs endpoint for each item an accepted update changed. */
  textEdited(workshopId: string, itemId: string, editor: TextEditor): void {
    this.emit('edited', workshopId, itemId, editor);
  }

  private emit<K extends keyof WorkshopEvents>(event: K, ...args: Parameters<WorkshopEvents[K]>): void {
    for (const s of this.subscribers)
      (s[event] as ((...a: Parameters<WorkshopEvents[K]>) => void) | undefined)?.(...args);
  }

  create(facilitatorId: string, body: CreateWorkshop): WorkshopState {
    const record: WorkshopRecord = {
      id: newId(),
      code: this.uniqueCode(),
      title: body.title,
      date: body.date,
      place: body.place,
      description: body.description,
      phase: 'collect',
      locked: false,
      revealed: false,
      vote: null,
      createdBy: facilitatorId,
      createdAt: nowIso(),
    };
    const seeded: Array<{ meta: PriorityMeta; text: string }> = body.priorities.map((text) => ({
      meta: newPriority(null),
      text,
    }));
    this.repos.transaction(() => {
      this.repos.workshops.insert(record);
      // A workshop belongs to its creator from the start: nobody else can reach it until added.
      this.repos.memberships.add(record.id, facilitatorId, 'owner', record.createdAt);
      for (const [i, { meta }] of seeded.entries()) this.repos.priorities.insert(record.id, meta, i);
    });
    if (seeded.length > 0) {
      const doc = this.docs.get(record.id)?.doc;
      // A new workshop has no stored log yet: its document cannot fail to load.
      if (!doc) throw new Error('the document of a new workshop did not load');
      doc.transact(() => {
        const texts = doc.getMap<Y.Text>(TEXTS_KEY);
        for (const { meta, text } of seeded) texts.set(meta.id, new Y.Text(text));
      }, SERVER_ORIGIN);
      for (const { meta } of seeded) this.emit('written', record.id, meta.id);
    }
    return this.state(record.id) as WorkshopState;
  }

  record(id: string): WorkshopRecord | null {
    return this.repos.workshops.get(id);
  }

  /** Cached until the next change: every joining phone asks for it. Callers must not mutate it. */
  state(id: string): WorkshopState | null {
    const cached = this.stateCache.get(id);
    if (cached) return cached;
    const w = this.repos.workshops.get(id);
    if (!w) return null;
    const { createdBy: _by, createdAt: _at, ...rest } = w;
    const priorities = activePriorities(this.priorities(id)).map(
      ({ id, hidden, mergedFrom, createdBySector }): PriorityView => ({
        id,
        hidden,
        mergedFrom,
        createdBySector,
      }),
    );
    const state: WorkshopState = { ...rest, priorities };
    this.stateCache.set(id, state);
    return state;
  }

  private priorities(id: string): PriorityMeta[] {
    let list = this.priorityCache.get(id);
    if (!list) {
      list = this.repos.priorities.list(id);
      this.priorityCache.set(id, list);
    }
    return list;
  }

  /** Phase and lock, cached: the Yjs endpoint asks on every incoming message. */
  control(id: string): Control | null {
    const cached = this.controls.get(id);
    if (cached) return cached;
    const w = this.repos.workshops.get(id);
    if (!w) return null;
    const control: Control = { phase: w.phase, locked: w.locked, revealed: w.revealed, vote: w.vote };
    this.controls.set(id, control);
    return control;
  }

  command(id: string, command: ControlCommand): Result<null> {
    const current = this.control(id);
    if (!current) return fail('NOT_FOUND');
    const open = command.type === 'openVote' ? command : null;
    const dotsStored = open !== null && this.repos.votes.hasDots(id);
    const next = applyControl(current, command, { dotsStored });
    if (!next.ok) return next;
    const reset = open?.resetVotes === true;
    this.repos.transaction(() => {
      if (reset) this.repos.votes.clear(id);
      this.repos.workshops.setControl(id, next.value);
    });
    this.controls.set(id, next.value);
    this.emitState(id);
    if (reset) this.emit('votesReset', id);
    if (command.type === 'reveal' || open) this.emit('votes', id);
    return ok(null);
  }

  /** Deletes the workshop with its participants, priorities, texts and votes (GDPR erasure). */
  delete(id: string): boolean {
    if (!this.repos.workshops.get(id)) return false;
    this.emit('deleted', id);
    this.docs.evict(id);
    this.controls.delete(id);
    this.priorityCache.delete(id);
    this.stateCache.delete(id);
    this.repos.workshops.delete(id);
    return true;
  }

  addPriority(id: string, text: string, sector: Sector | null): Result<{ priorityId: string }> {
    const all = this.priorities(id);
    const allowed = canAddPriority(all);
    if (!allowed.ok) return allowed;
    const doc = this.docs.get(id)?.doc;
    if (!doc) return fail('DOCUMENT_UNREADABLE');
    const meta = newPriority(sector);
    // Text first: a crash between the two steps leaves an invisible text, never an empty priority.
    doc.transact(() => doc.getMap<Y.Text>(TEXTS_KEY).set(meta.id, new Y.Text(text)), SERVER_ORIGIN);
    this.repos.priorities.insert(id, meta, all.length);
    this.emit('written', id, meta.id);
    this.emitState(id);
    return ok({ priorityId: meta.id });
  }

  hide(id: string, priorityId: string, hidden: boolean): Result<null> {
    const active = activePriorities(this.priorities(id));
    if (!active.some((p) => p.id === priorityId)) return fail('NOT_FOUND');
    this.repos.priorities.setHidden(id, priorityId, hidden);
    this.emitState(id);
    this.emit('votes', id);
    return ok(null);
  }

  move(id: string, priorityId: string, toIndex: number): Result<null> {
    const all = this.priorities(id);
    const order = movePriority(activePriorities(all), priorityId, toIndex);
    if (!order.ok) return order;
    const merged = all.filter((p) => p.mergedInto !== null).map((p) => p.id);
    this.repos.transaction(() => this.repos.priorities.reorder(id, [...order.value, ...merged]));
    this.emitState(id);
    return ok(null);
  }

  merge(id: string, sourceId: string, targetId: string): Result<null> {
    const control = this.control(id);
    if (!control) return fail('NOT_FOUND');
    if (control.phase === 'voting') return fail('WRONG_PHASE');
    const doc = this.docs.get(id)?.doc;
    if (!doc) return fail('DOCUMENT_UNREADABLE');
    const texts = doc.getMap<unknown>(TEXTS_KEY);
    const plan = planMerge(
      activePriorities(this.priorities(id)),
      sourceId,
      targetId,
      plainTextOf(texts.get(sourceId)),
      plainTextOf(texts.get(targetId)),
      nowIso(),
    );
    if (!plan.ok) return plan;
    doc.transact(() => {
      const target = writableText(texts, targetId);
      target.insert(target.length, plan.value.appendText);
    }, SERVER_ORIGIN);
    const holders = this.repos.transaction(() => {
      const moved = this.repos.votes.holdersOf(id, sourceId);
      this.repos.priorities.markMerged(id, sourceId, targetId, plan.value.targetMergedFrom);
      this.repos.votes.moveDots(id, sourceId, targetId);
      return moved;
    });
    this.emit('written', id, targetId);
    this.emitState(id);
    this.emit('votes', id);
    // Their phones still hold the source's dots; their next cast must build on the merged ones.
    for (const participantId of holders)
      this.emit('allocation', id, participantId, this.allocationOf(id, participantId), null);
    return ok(null);
  }

  /** `origin` is the casting socket, which gets the stored allocation in its ack instead of an echo. */
  castVote(id: string, participantId: string, cast: Allocation, origin: string | null): Result<Allocation> {
    const control = this.control(id);
    if (!control) return fail('NOT_FOUND');
    const stored = this.repos.votes.allocationOf(id, participantId);
    const accepted = acceptAllocation(control, this.priorities(id), stored, cast);
    if (!accepted.ok) return accepted;
    // Committed before the caller acknowledges: an acknowledged vote survives a crash.
    this.repos.votes.replace(id, participantId, accepted.value);
    this.emit('allocation', id, participantId, accepted.value, origin);
    this.emit('votes', id);
    return accepted;
  }

  allocationOf(id: string, participantId: string): Allocation {
    return this.repos.votes.allocationOf(id, participantId);
  }

  /** The results: every screen and every export counts through here (see shared/domain/tally.ts). */
  tally(id: string): Tally {
    const { visible } = votableOf(activePriorities(this.priorities(id)));
    return tally(this.repos.votes.ballots(id), visible);
  }

  /** Current text of each priority, from the live document; a value that is not a Y.Text reads as ''. */
  texts(id: string): Result<Record<string, string>> {
    const doc = this.docs.get(id)?.doc;
    if (!doc) return fail('DOCUMENT_UNREADABLE');
    const out: Record<string, string> = {};
    doc.getMap<unknown>(TEXTS_KEY).forEach((text, key) => {
      out[key] = plainTextOf(text);
    });
    return ok(out);
  }

  /** One item's text, or null when it is not an active priority or its document is unreadable. */
  textOf(id: string, itemId: string): string | null {
    if (!this.isActive(id, itemId)) return null;
    const doc = this.docs.get(id)?.doc;
    return doc ? plainTextOf(doc.getMap<unknown>(TEXTS_KEY).get(itemId)) : null;
  }

  /** Replaces an item's whole text as the server (restoring an earlier version). */
  replaceText(id: string, itemId: string, text: string): Result<null> {
    if (!this.isActive(id, itemId)) return fail('NOT_FOUND');
    const doc = this.docs.get(id)?.doc;
    if (!doc) return fail('DOCUMENT_UNREADABLE');
    doc.transact(() => {
      const target = writableText(doc.getMap<unknown>(TEXTS_KEY), itemId);
      target.delete(0, target.length);
      target.insert(0, text);
    }, SERVER_ORIGIN);
    return ok(null);
  }

  /** Whether participants see this priority now (active and not hidden): asked per Yjs update. */
  isVisible(id: string, itemId: string): boolean {
    const state = this.state(id);
    if (!state) return false;
    let visible = this.visibleCache.get(state);
    if (!visible) {
      visible = votableOf(state.priorities).visible;
      this.visibleCache.set(state, visible);
    }
    return visible.has(itemId);
  }

  private isActive(id: string, itemId: string): boolean {
    return activePriorities(this.priorities(id)).some((p) => p.id === itemId);
  }

  /** Called after every change; priority rows may have changed, so they are read again. */
  private emitState(id: string): void {
    this.priorityCache.delete(id);
    this.stateCache.delete(id);
    const state = this.state(id);
    if (state) this.emit('state', state);
  }

  private uniqueCode(): string {
    for (;;) {
      const code = makeJoinCode((n) => crypto.randomBytes(n));
      if (!this.repos.workshops.getByCode(code)) return code;
    }
  }
}

function newPriority(sector: Sector | null): PriorityMeta {
  return {
    id: newId(),
    hidden: false,
    mergedInto: null,
    mergedFrom: [],
    createdBySector: sector,
    createdAt: nowIso(),
  };
}

/**
 * The item's Y.Text for the server to write into (call inside a transaction). A value that is
 * not a text (stored before writes were checked) or a missing one is replaced by an empty text.
 */
function writableText(texts: Y.Map<unknown>, itemId: string): Y.Text {
  const existing = yTextOf(texts.get(itemId));
  if (existing) return existing;
  const created = new Y.Text();
  texts.set(itemId, created);
  return created;
}
