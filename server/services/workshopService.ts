import crypto from 'node:crypto';
import { allowedActions, applyAction, type ControlAction } from '../../shared/domain/control.ts';
import { fail, ok, type Result } from '../../shared/domain/result.ts';
import type { ActivitySummary, WorkshopState } from '../../shared/domain/workshop.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { ByActivity, Role } from '../../shared/protocol/events.ts';
import type { CreateWorkshop } from '../../shared/protocol/schemas.ts';
import { moduleOf } from '../activities/index.ts';
import type { ActivityContext, ActivityModule, Actor } from '../activities/module.ts';
import type { DocRegistry } from '../collab/docRegistry.ts';
import type { ActivityRecord } from '../db/activityRepo.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { Repos } from '../db/repos.ts';
import type { WorkshopRecord } from '../db/workshopRepo.ts';
import { makeJoinCode } from '../domain/joinCode.ts';
import { ActivityStore } from './activityStore.ts';
import { ContextFactory } from './contexts.ts';
import { Emitter, type EngineEvents, type TextEditor } from './engineEvents.ts';

export type { TextEditor } from './engineEvents.ts';

type Module = ActivityModule<unknown>;

export interface AddActivity {
  type: string;
  title: string;
  config?: unknown;
  index?: number | undefined;
}

export interface UpdateActivity {
  activityId: string;
  title?: string | undefined;
  config?: unknown;
  resetResponses: boolean;
}

/**
 * The agenda engine: workshops, their activities and every command on them, run the same way —
 * parse → authorise → load → the type's pure rule → store → tell listeners (who batch and filter
 * by role). REST routes, socket handlers and the Yjs endpoint all go through here. It knows
 * activity types only through the registry's module interface.
 */
export class WorkshopService {
  private readonly events = new Emitter();
  private readonly store: ActivityStore;
  private readonly contexts: ContextFactory;
  private readonly stateCache = new Map<string, { staff: WorkshopState; room: WorkshopState }>();
  /** Each activity's view until it changes: a hall joining at once asks for them all N times. */
  private readonly viewCache = new Map<string, unknown>();

  constructor(
    private readonly repos: Repos,
    private readonly docs: DocRegistry,
  ) {
    this.store = new ActivityStore(repos);
    this.contexts = new ContextFactory(repos, docs, this.store, this.events);
    this.events.on({ view: (_workshopId, activityId) => this.viewCache.delete(activityId) });
  }

  on(listeners: Partial<EngineEvents>): void {
    this.events.on(listeners);
  }

  // ── Workshops ──────────────────────────────────────────────────────────────────────────────

  /** A new workshop with the usual agenda: a list (open, live, seeded) and dot voting over it. */
  create(facilitatorId: string, body: CreateWorkshop): WorkshopState {
    const at = nowIso();
    const record: WorkshopRecord = {
      id: newId(),
      code: this.uniqueCode(),
      title: body.title,
      date: body.date,
      place: body.place,
      description: body.description,
      liveActivityId: null,
      createdBy: facilitatorId,
      createdAt: at,
    };
    const list = this.newRecord(record.id, 'list', 0, '', this.defaults('list', [], 0), at);
    const dots = this.newRecord(record.id, 'dots', 1, '', this.defaults('dots', [list], 1), at);
    list.status = 'open';
    this.repos.transaction(() => {
      this.repos.workshops.insert(record);
      // A workshop belongs to its creator from the start: nobody else can reach it until added.
      this.repos.memberships.add(record.id, facilitatorId, 'owner', at);
      this.repos.activities.insert(list);
      this.repos.activities.insert(dots);
      this.repos.workshops.setLive(record.id, list.id);
    });
    const listModule = moduleOf('list') as Module;
    listModule.created?.(this.contexts.of(this.store.get(list.id) as ActivityRecord), body.priorities);
    return this.state(record.id, 'facilitator') as WorkshopState;
  }

  record(id: string): WorkshopRecord | null {
    return this.repos.workshops.get(id);
  }

  /**
   * The agenda as a role sees it, cached until the next change: every joining phone asks.
   * Participants and the projector do not see drafts: what is being prepared stays backstage.
   */
  state(id: string, role: Role): WorkshopState | null {
    let cached = this.stateCache.get(id);
    if (!cached) {
      const w = this.repos.workshops.get(id);
      if (!w) return null;
      const { createdBy: _by, createdAt: _at, ...info } = w;
      const agenda = this.store.agenda(id).map(summaryOf);
      const staff: WorkshopState = { ...info, agenda };
      const room: WorkshopState = { ...info, agenda: agenda.filter((a) => a.status !== 'draft') };
      cached = { staff, room };
      this.stateCache.set(id, cached);
    }
    return role === 'facilitator' ? cached.staff : cached.room;
  }

  /** Deletes the workshop with its participants and agenda (GDPR erasure). */
  delete(id: string): boolean {
    if (!this.repos.workshops.get(id)) return false;
    const activityIds = this.store.agenda(id).map((a) => a.id);
    this.events.emit('deleted', id, activityIds);
    for (const activityId of activityIds) this.docs.evict(activityId);
    this.store.dropWorkshop(id);
    this.stateCache.delete(id);
    this.repos.workshops.delete(id);
    return true;
  }

  // ── The agenda ─────────────────────────────────────────────────────────────────────────────

  activity(activityId: string): ActivityRecord | null {
    return this.store.get(activityId);
  }

  /** The activity, if it belongs to this workshop: every socket command names both. */
  activityIn(workshopId: string, activityId: string): ActivityRecord | null {
    const a = this.store.get(activityId);
    return a && a.workshopId === workshopId ? a : null;
  }

  agenda(workshopId: string): readonly ActivityRecord[] {
    return this.store.agenda(workshopId);
  }

  addActivity(workshopId: string, add: AddActivity): Result<{ activityId: string }> {
    const module = moduleOf(add.type);
    if (!module) return fail('VALIDATION');
    const agenda = this.store.agenda(workshopId);
    if (agenda.length >= LIMITS.activitiesPerWorkshop) return fail('TOO_MANY_ACTIVITIES');
    const index = Math.min(add.index ?? agenda.length, agenda.length);
    const raw = add.config ?? module.config.defaults(agenda, index);
    const parsed = parseConfig(module, raw);
    if (!parsed.ok) return parsed;
    const record = this.newRecord(workshopId, module.type, index, add.title, parsed.value, nowIso());
    if (module.checkConfig) {
      const checked = module.checkConfig(this.contexts.of(record), parsed.value, false);
      if (!checked.ok) return checked;
    }
    const order = agenda.map((a) => a.id);
    order.splice(index, 0, record.id);
    this.repos.transaction(() => {
      this.repos.activities.insert(record);
      this.repos.activities.reorder(workshopId, order);
    });
    this.agendaChanged(workshopId);
    return ok({ activityId: record.id });
  }

  updateActivity(workshopId: string, update: UpdateActivity): Result<null> {
    const a = this.activityIn(workshopId, update.activityId);
    if (!a) return fail('NOT_FOUND');
    // A type this release does not know (stored by a newer one) is shown, never changed.
    const module = moduleOf(a.type);
    if (!module) return fail('NOT_SUPPORTED');
    let config = a.config;
    if (update.config !== undefined) {
      const parsed = parseConfig(module, update.config);
      if (!parsed.ok) return parsed;
      const checked =
        module.checkConfig?.(this.contexts.of(a), parsed.value, update.resetResponses) ?? ok(null);
      if (!checked.ok) return checked;
      config = parsed.value;
    }
    const reset = update.resetResponses && module.response !== undefined;
    this.repos.transaction(() => {
      if (reset) this.repos.responses.clear(a.id);
      this.repos.activities.update(a.id, update.title ?? a.title, config, module.config.version);
    });
    this.agendaChanged(workshopId);
    // A new source or new rules change what is voted on and how it counts.
    this.contexts.viewChanged(workshopId, a.id);
    if (reset) this.responsesReset(workshopId, a.id, module);
    return ok(null);
  }

  moveActivity(workshopId: string, activityId: string, toIndex: number): Result<null> {
    const ids = this.store.agenda(workshopId).map((a) => a.id);
    const from = ids.indexOf(activityId);
    if (from === -1) return fail('NOT_FOUND');
    ids.splice(from, 1);
    ids.splice(Math.min(toIndex, ids.length), 0, activityId);
    this.repos.transaction(() => this.repos.activities.reorder(workshopId, ids));
    this.agendaChanged(workshopId);
    return ok(null);
  }

  /** A copy of the type, title and config, as a draft right after it; items and responses stay. */
  duplicateActivity(workshopId: string, activityId: string): Result<{ activityId: string }> {
    const a = this.activityIn(workshopId, activityId);
    if (!a) return fail('NOT_FOUND');
    const index = this.store.agenda(workshopId).indexOf(a) + 1;
    return this.addActivity(workshopId, { type: a.type, title: a.title, config: a.config, index });
  }

  deleteActivity(workshopId: string, activityId: string): Result<null> {
    const a = this.activityIn(workshopId, activityId);
    if (!a) return fail('NOT_FOUND');
    // Dot voting over this list would lose what it counts: delete or repoint it first.
    if (this.contexts.dependentsOf(a).length > 0) return fail('ACTIVITY_IN_USE');
    const w = this.repos.workshops.get(workshopId);
    this.events.emit('activityDeleted', workshopId, a.id);
    this.docs.evict(a.id);
    this.repos.transaction(() => {
      this.repos.activities.delete(a.id);
      if (w?.liveActivityId === a.id) this.repos.workshops.setLive(workshopId, null);
      this.repos.activities.reorder(
        workshopId,
        this.store
          .agenda(workshopId)
          .filter((x) => x.id !== a.id)
          .map((x) => x.id),
      );
    });
    this.store.dropItems(a.id);
    this.agendaChanged(workshopId);
    return ok(null);
  }

  // ── Control ────────────────────────────────────────────────────────────────────────────────

  /** The control actions the facilitator has per activity now (the control room shows exactly these). */
  actions(workshopId: string): ByActivity<ControlAction[]> {
    const live = this.repos.workshops.get(workshopId)?.liveActivityId ?? null;
    const out: ByActivity<ControlAction[]> = {};
    for (const a of this.store.agenda(workshopId)) {
      const module = moduleOf(a.type);
      if (module) out[a.id] = allowedActions(a, module.caps, a.id === live);
    }
    return out;
  }

  control(workshopId: string, activityId: string, action: ControlAction): Result<null> {
    const a = this.activityIn(workshopId, activityId);
    if (!a) return fail('NOT_FOUND');
    const module = moduleOf(a.type);
    if (!module) return fail('NOT_SUPPORTED');
    const live = this.repos.workshops.get(workshopId)?.liveActivityId ?? null;
    if (!allowedActions(a, module.caps, a.id === live).includes(action)) return fail('WRONG_PHASE');
    const opens = action === 'open' || (action === 'live' && a.status === 'draft');
    const source = opens ? this.openSourceOf(a, module) : null;
    this.repos.transaction(() => {
      if (action === 'live') {
        this.repos.workshops.setLive(workshopId, a.id);
        // Making a prepared activity live starts it: nobody shows the room something it cannot use.
        if (a.status === 'draft') this.repos.activities.setControl(applyAction(a, 'open'));
        if (source) this.repos.activities.setControl(applyAction(source, 'close'));
      } else if (action === 'reset') {
        this.repos.responses.clear(a.id);
      } else {
        this.repos.activities.setControl(applyAction(a, action));
        // What people vote on freezes while they vote: its list stops taking contributions.
        if (source) this.repos.activities.setControl(applyAction(source, 'close'));
      }
    });
    this.agendaChanged(workshopId);
    // Opened from a draft: the room sees it for the first time, so it gets its state now.
    if (a.status === 'draft' && opens) this.events.emit('opened', workshopId, a.id);
    if (action === 'reset') this.responsesReset(workshopId, a.id, module);
    if (module.results) this.events.emit('results', workshopId, a.id);
    return ok(null);
  }

  /** A timer with "close when time is up" ran out: contributions close, once. */
  closeContributions(activityId: string): void {
    const a = this.store.get(activityId);
    if (a?.status === 'open') this.control(a.workshopId, a.id, 'close');
  }

  private openSourceOf(a: ActivityRecord, module: Module): ActivityRecord | null {
    const sourceId = module.sourceOf?.(a.config) ?? null;
    const source = sourceId ? this.activityIn(a.workshopId, sourceId) : null;
    return source?.status === 'open' ? source : null;
  }

  // ── Commands and responses ─────────────────────────────────────────────────────────────────

  command(
    workshopId: string,
    activityId: string,
    name: string,
    payload: unknown,
    actor: Actor,
  ): Result<unknown> {
    const a = this.activityIn(workshopId, activityId);
    if (!a || !visibleTo(a, actor.role)) return fail('NOT_FOUND');
    const module = moduleOf(a.type);
    const command = module && Object.hasOwn(module.commands, name) ? module.commands[name] : undefined;
    if (!command) return fail('NOT_SUPPORTED');
    const parsed = command.schema.safeParse(payload ?? {});
    if (!parsed.success) return fail('VALIDATION');
    if (!command.roles.includes(actor.role)) return fail('FORBIDDEN');
    return command.run(this.contexts.of(a), parsed.data as never, actor);
  }

  respond(workshopId: string, activityId: string, value: unknown, actor: Actor): Result<unknown> {
    const a = this.activityIn(workshopId, activityId);
    if (!a || !visibleTo(a, actor.role)) return fail('NOT_FOUND');
    const module = moduleOf(a.type);
    if (!module?.response) return fail('NOT_SUPPORTED');
    const participantId = actor.participant?.id;
    if (actor.role !== 'participant' || !participantId) return fail('FORBIDDEN');
    const parsed = module.response.schema.safeParse(value);
    if (!parsed.success) return fail('VALIDATION');
    return module.response.respond(this.contexts.of(a), participantId, parsed.data as never, actor.socketId);
  }

  // ── What each role sees ────────────────────────────────────────────────────────────────────

  /** Cached until the activity's next change; callers must not mutate it. */
  view(activityId: string): unknown {
    if (this.viewCache.has(activityId)) return this.viewCache.get(activityId);
    const a = this.store.get(activityId);
    if (!a) return null;
    const view = moduleOf(a.type)?.view(this.contexts.of(a)) ?? null;
    this.viewCache.set(activityId, view);
    return view;
  }

  /** Results as this role may see them: facilitators always; others once revealed (the projector totals). */
  resultsFor(activityId: string, role: Role): unknown {
    const a = this.store.get(activityId);
    if (!a || !visibleTo(a, role)) return null;
    const module = moduleOf(a.type);
    if (!module?.results) return null;
    if (role === 'facilitator' || a.revealed) return module.results(this.contexts.of(a));
    if (role === 'projector' && module.redact) return module.redact(module.results(this.contexts.of(a)));
    return null;
  }

  mine(activityId: string, participantId: string): unknown {
    const a = this.store.get(activityId);
    const module = a ? moduleOf(a.type) : null;
    return a && module?.response ? module.response.mine(this.contexts.of(a), participantId) : null;
  }

  /** Views, results and own responses of every activity the role sees, for a snapshot. */
  snapshotParts(workshopId: string, role: Role, participantId: string | null) {
    const views: ByActivity<unknown> = {};
    const results: ByActivity<unknown> = {};
    const mine: ByActivity<unknown> = {};
    for (const a of this.store.agenda(workshopId)) {
      if (!visibleTo(a, role)) continue;
      views[a.id] = this.view(a.id);
      const r = this.resultsFor(a.id, role);
      if (r !== null) results[a.id] = r;
      if (participantId) {
        const m = this.mine(a.id, participantId);
        if (m !== null) mine[a.id] = m;
      }
    }
    return { views, results, mine };
  }

  // ── Texts (the Yjs endpoint, history, exports) ─────────────────────────────────────────────

  /** Called by the Yjs endpoint for each item an accepted update changed. */
  textEdited(activityId: string, itemId: string, editor: TextEditor): void {
    const a = this.store.get(activityId);
    if (a) this.events.emit('edited', a.workshopId, activityId, itemId, editor);
  }

  /**
   * Why a participant may not write in a text of this document now, asked per update (a lock or a
   * hide applies to connections already open); null when they may. `key` null: anything at all.
   */
  participantWriteRefusal(activityId: string, key: string | null): ErrorCode | null {
    const a = this.store.get(activityId);
    const module = a ? moduleOf(a.type) : null;
    if (!a || !module?.document) return 'NOT_FOUND';
    if (a.locked) return 'LOCKED';
    if (a.status !== 'open') return 'WRONG_PHASE';
    return key === null ? null : module.document.refuseText(this.contexts.of(a), key);
  }

  /** The longest text a participant may write in this document. */
  maxTextLength(activityId: string): number | null {
    const a = this.store.get(activityId);
    return (a && moduleOf(a.type)?.document?.maxTextLength) ?? null;
  }

  /** One item's text, or null when it is not an active item or its document is unreadable. */
  textOf(activityId: string, itemId: string): string | null {
    return this.contexts.textOf(activityId, itemId);
  }

  /** Replaces an item's whole text as the server (restoring an earlier version). */
  replaceText(activityId: string, itemId: string, text: string): Result<null> {
    return this.contexts.replaceText(activityId, itemId, text);
  }

  /** The context a module's hook runs in, for the export. */
  contextOf(activityId: string): ActivityContext<unknown> | null {
    const a = this.store.get(activityId);
    return a ? this.contexts.of(a) : null;
  }

  // ── Internals ──────────────────────────────────────────────────────────────────────────────

  private agendaChanged(workshopId: string): void {
    for (const a of this.store.agenda(workshopId)) this.viewCache.delete(a.id);
    this.store.dropAgenda(workshopId);
    this.stateCache.delete(workshopId);
    this.events.emit('state', workshopId);
  }

  private responsesReset(workshopId: string, activityId: string, module: Module): void {
    this.events.emit('responsesReset', workshopId, activityId, module.response?.empty ?? null);
    this.events.emit('results', workshopId, activityId);
  }

  /** A type's config for a new activity, through its schema so every default is filled in. */
  private defaults(type: string, agenda: readonly ActivityRecord[], index: number): unknown {
    const module = moduleOf(type) as Module;
    const parsed = parseConfig(module, module.config.defaults(agenda, index));
    if (!parsed.ok) throw new Error(`the default config of ${type} does not parse`);
    return parsed.value;
  }

  private newRecord(
    workshopId: string,
    type: string,
    position: number,
    title: string,
    config: unknown,
    at: string,
  ): ActivityRecord {
    return {
      id: newId(),
      workshopId,
      type,
      position,
      title,
      config,
      configVersion: moduleOf(type)?.config.version ?? 1,
      status: 'draft',
      locked: false,
      revealed: false,
      createdAt: at,
    };
  }

  private uniqueCode(): string {
    for (;;) {
      const code = makeJoinCode((n) => crypto.randomBytes(n));
      if (!this.repos.workshops.getByCode(code)) return code;
    }
  }
}

function parseConfig(module: Module, raw: unknown): Result<unknown> {
  const parsed = module.config.schema.safeParse(raw ?? {});
  return parsed.success ? ok(parsed.data) : fail('VALIDATION');
}

/** Drafts are the facilitators' alone until opened. */
function visibleTo(a: ActivityRecord, role: Role): boolean {
  return role === 'facilitator' || a.status !== 'draft';
}

function summaryOf(a: ActivityRecord): ActivitySummary {
  return {
    id: a.id,
    type: a.type,
    title: a.title,
    status: a.status,
    locked: a.locked,
    revealed: a.revealed,
    config: a.config,
  };
}
