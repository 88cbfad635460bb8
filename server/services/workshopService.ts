import crypto from 'node:crypto';
import * as Y from 'yjs';
import type { Sector } from '../../shared/domain/sectors.ts';
import { tally } from '../../shared/domain/tally.ts';
import type {
  Allocation,
  PriorityMeta,
  PriorityView,
  Tally,
  WorkshopState,
} from '../../shared/domain/workshop.ts';
import type { CreateWorkshop } from '../../shared/protocol/schemas.ts';
import { TEXTS_KEY } from '../../shared/protocol/yjsDoc.ts';
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
  /** A participant's allocation was stored (so their other tabs can follow). */
  allocation(workshopId: string, participantId: string, allocation: Allocation): void;
  /** The workshop and everything in it is being deleted: close its connections. */
  deleted(workshopId: string): void;
}

/**
 * The workshop's rules put to work: load → pure domain rule → persist → tell listeners.
 * REST routes, socket handlers and the Yjs endpoint all go through here.
 */
export class WorkshopService {
  private readonly subscribers: Array<Partial<WorkshopEvents>> = [];
  private readonly controls = new Map<string, Control>();
  private readonly stateCache = new Map<string, WorkshopState>();
  /** Every priority row per workshop, cached: a vote burst asks for them thousands of times. */
  private readonly priorityCache = new Map<string, PriorityMeta[]>();

  constructor(
    private readonly repos: Repos,
    private readonly docs: DocRegistry,
  ) {}

  on(listeners: Partial<WorkshopEvents>): void {
    this.subscribers.push(listeners);
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
      for (const [i, { meta }] of seeded.entries()) this.repos.priorities.insert(record.id, meta, i);
    });
    if (seeded.length > 0) {
      const doc = this.docs.get(record.id).doc;
      doc.transact(() => {
        const texts = doc.getMap<Y.Text>(TEXTS_KEY);
        for (const { meta, text } of seeded) texts.set(meta.id, new Y.Text(text));
      }, SERVER_ORIGIN);
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
    // Reopening a vote that already holds dots keeps its rules, so no stored ballot breaks them.
    if (command.type === 'openVote' && current.vote && this.repos.votes.ballots(id).length > 0) {
      command = { ...command, config: current.vote };
    }
    const next = applyControl(current, command);
    if (!next.ok) return next;
    this.repos.workshops.setControl(id, next.value);
    this.controls.set(id, next.value);
    this.emitState(id);
    if (command.type === 'reveal' || command.type === 'openVote') this.emit('votes', id);
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
    const meta = newPriority(sector);
    const doc = this.docs.get(id).doc;
    // Text first: a crash between the two steps leaves an invisible text, never an empty priority.
    doc.transact(() => doc.getMap<Y.Text>(TEXTS_KEY).set(meta.id, new Y.Text(text)), SERVER_ORIGIN);
    this.repos.priorities.insert(id, meta, all.length);
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
    const doc = this.docs.get(id).doc;
    const texts = doc.getMap<Y.Text>(TEXTS_KEY);
    const plan = planMerge(
      activePriorities(this.priorities(id)),
      sourceId,
      targetId,
      texts.get(sourceId)?.toString() ?? '',
      texts.get(targetId)?.toString() ?? '',
      nowIso(),
    );
    if (!plan.ok) return plan;
    doc.transact(() => {
      let target = texts.get(targetId);
      if (!target) {
        target = new Y.Text();
        texts.set(targetId, target);
      }
      target.insert(target.length, plan.value.appendText);
    }, SERVER_ORIGIN);
    this.repos.transaction(() => {
      this.repos.priorities.markMerged(id, sourceId, targetId, plan.value.targetMergedFrom);
      this.repos.votes.moveDots(id, sourceId, targetId);
    });
    this.emitState(id);
    this.emit('votes', id);
    return ok(null);
  }

  castVote(id: string, participantId: string, allocation: Allocation): Result<Allocation> {
    const control = this.control(id);
    if (!control) return fail('NOT_FOUND');
    const accepted = acceptAllocation(control, this.priorities(id), allocation);
    if (!accepted.ok) return accepted;
    // Committed before the caller acknowledges: an acknowledged vote survives a crash.
    this.repos.votes.replace(id, participantId, accepted.value);
    this.emit('allocation', id, participantId, accepted.value);
    this.emit('votes', id);
    return accepted;
  }

  allocationOf(id: string, participantId: string): Allocation {
    return this.repos.votes.allocationOf(id, participantId);
  }

  /** Dots on active, visible priorities only. */
  tally(id: string): Tally {
    const visible = new Set(
      activePriorities(this.priorities(id))
        .filter((p) => !p.hidden)
        .map((p) => p.id),
    );
    const ballots = this.repos.votes.ballots(id).map((b) => ({
      sector: b.sector,
      allocation: Object.fromEntries(Object.entries(b.allocation).filter(([pid]) => visible.has(pid))),
    }));
    return tally(ballots);
  }

  /** Current text of each priority, from the live document. */
  texts(id: string): Record<string, string> {
    const texts = this.docs.get(id).doc.getMap<Y.Text>(TEXTS_KEY);
    const out: Record<string, string> = {};
    texts.forEach((text, key) => {
      out[key] = text.toString();
    });
    return out;
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
