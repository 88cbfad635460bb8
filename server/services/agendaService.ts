import { allowedActions, applyAction, type ControlAction } from '../../shared/domain/control.ts';
import { fail, ok, type Result } from '../../shared/domain/result.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { ByActivity } from '../../shared/protocol/events.ts';
import { moduleOf } from '../activities/index.ts';
import type { ActivityModule } from '../activities/module.ts';
import type { ActivityRecord } from '../db/activityRepo.ts';
import { nowIso } from '../db/ids.ts';
import type { Engine } from './engine.ts';
import { defaultConfig, newActivity, parseConfig } from './newActivity.ts';

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

/** The facilitator's agenda: preparing activities, and controlling each one live. */
export class AgendaService {
  constructor(private readonly engine: Engine) {}

  add(workshopId: string, add: AddActivity): Result<{ activityId: string }> {
    const { repos, store, contexts } = this.engine;
    const module = moduleOf(add.type);
    if (!module) return fail('VALIDATION');
    const agenda = store.agenda(workshopId);
    if (agenda.length >= LIMITS.activitiesPerWorkshop) return fail('TOO_MANY_ACTIVITIES');
    const index = Math.min(add.index ?? agenda.length, agenda.length);
    const parsed =
      add.config === undefined ? defaultConfig(module, agenda, index) : parseConfig(module, add.config);
    if (!parsed.ok) return parsed;
    const record = newActivity(workshopId, module, index, add.title, parsed.value, nowIso());
    const checked = module.checkConfig?.(contexts.of(record), parsed.value, false) ?? ok(null);
    if (!checked.ok) return checked;
    const order = agenda.map((a) => a.id);
    order.splice(index, 0, record.id);
    repos.transaction(() => {
      repos.activities.insert(record);
      repos.activities.reorder(workshopId, order);
    });
    this.engine.agendaChanged(workshopId);
    return ok({ activityId: record.id });
  }

  update(workshopId: string, update: UpdateActivity): Result<null> {
    const { repos, contexts } = this.engine;
    const a = this.engine.activityIn(workshopId, update.activityId);
    if (!a) return fail('NOT_FOUND');
    // A type this release does not know (stored by a newer one) is shown, never changed.
    const module = moduleOf(a.type);
    if (!module) return fail('NOT_SUPPORTED');
    let config = a.config;
    if (update.config !== undefined) {
      const parsed = parseConfig(module, update.config);
      if (!parsed.ok) return parsed;
      const checked = module.checkConfig?.(contexts.of(a), parsed.value, update.resetResponses) ?? ok(null);
      if (!checked.ok) return checked;
      config = parsed.value;
    }
    const reset = update.resetResponses && module.response !== undefined;
    repos.transaction(() => {
      if (reset) this.clearContributions(a.id);
      repos.activities.update(a.id, update.title ?? a.title, config, module.config.version);
    });
    this.engine.agendaChanged(workshopId);
    // A new source or new rules change what is voted on and how it counts.
    contexts.viewChanged(workshopId, a.id);
    if (reset) this.engine.responsesReset(workshopId, a.id, module);
    return ok(null);
  }

  move(workshopId: string, activityId: string, toIndex: number): Result<null> {
    const { repos, store } = this.engine;
    const ids = store.agenda(workshopId).map((a) => a.id);
    const from = ids.indexOf(activityId);
    if (from === -1) return fail('NOT_FOUND');
    ids.splice(from, 1);
    ids.splice(Math.min(toIndex, ids.length), 0, activityId);
    repos.transaction(() => repos.activities.reorder(workshopId, ids));
    this.engine.agendaChanged(workshopId);
    return ok(null);
  }

  /** A copy of the type, title and config, as a draft right after it; items and responses stay. */
  duplicate(workshopId: string, activityId: string): Result<{ activityId: string }> {
    const a = this.engine.activityIn(workshopId, activityId);
    if (!a) return fail('NOT_FOUND');
    const index = this.engine.store.agenda(workshopId).indexOf(a) + 1;
    return this.add(workshopId, { type: a.type, title: a.title, config: a.config, index });
  }

  delete(workshopId: string, activityId: string): Result<null> {
    const { repos, store, contexts, docs, events } = this.engine;
    const a = this.engine.activityIn(workshopId, activityId);
    if (!a) return fail('NOT_FOUND');
    // Dot voting over this list would lose what it counts: delete or repoint it first.
    if (contexts.dependentsOf(a).length > 0) return fail('ACTIVITY_IN_USE');
    const live = repos.workshops.get(workshopId)?.liveActivityId ?? null;
    const rest = store
      .agenda(workshopId)
      .filter((x) => x.id !== a.id)
      .map((x) => x.id);
    events.emit('activityDeleted', workshopId, a.id);
    docs.evict(a.id);
    repos.transaction(() => {
      repos.activities.delete(a.id);
      if (live === a.id) repos.workshops.setLive(workshopId, null);
      repos.activities.reorder(workshopId, rest);
    });
    store.dropItems(a.id);
    this.engine.agendaChanged(workshopId);
    return ok(null);
  }

  /** The control actions the facilitator has per activity now (the control room shows exactly these). */
  actions(workshopId: string): ByActivity<ControlAction[]> {
    const live = this.engine.repos.workshops.get(workshopId)?.liveActivityId ?? null;
    const out: ByActivity<ControlAction[]> = {};
    for (const a of this.engine.store.agenda(workshopId)) {
      const module = moduleOf(a.type);
      if (module) out[a.id] = allowedActions(a, module.caps, a.id === live);
    }
    return out;
  }

  control(workshopId: string, activityId: string, action: ControlAction): Result<null> {
    const { repos, events } = this.engine;
    const a = this.engine.activityIn(workshopId, activityId);
    if (!a) return fail('NOT_FOUND');
    const module = moduleOf(a.type);
    if (!module) return fail('NOT_SUPPORTED');
    const live = repos.workshops.get(workshopId)?.liveActivityId ?? null;
    if (!allowedActions(a, module.caps, a.id === live).includes(action)) return fail('WRONG_PHASE');
    const opens = action === 'open' || (action === 'live' && a.status === 'draft');
    const source = opens ? this.openSourceOf(a, module) : null;
    repos.transaction(() => {
      if (action === 'live') {
        repos.workshops.setLive(workshopId, a.id);
        // Making a prepared activity live starts it: nobody shows the room something it cannot use.
        if (a.status === 'draft') repos.activities.setControl(applyAction(a, 'open'));
      } else if (action === 'reset') {
        this.clearContributions(a.id);
      } else {
        repos.activities.setControl(applyAction(a, action));
      }
      // What people vote on freezes while they vote: its list stops taking contributions.
      if (source) repos.activities.setControl(applyAction(source, 'close'));
    });
    this.engine.agendaChanged(workshopId);
    // Opened from a draft: the room sees it for the first time, so it gets its state now.
    if (a.status === 'draft' && opens) events.emit('opened', workshopId, a.id);
    if (action === 'reset') this.engine.responsesReset(workshopId, a.id, module);
    // A type's view may depend on its control state (answers shown once revealed, posts gone after
    // a reset): the room gets it again. Opening from a draft sends it through `opened` already.
    else if (!(a.status === 'draft' && opens)) events.emit('view', workshopId, a.id);
    if (action === 'reset') this.engine.contexts.viewChanged(workshopId, a.id);
    if (module.results) events.emit('results', workshopId, a.id);
    return ok(null);
  }

  /** A timer with "close when time is up" ran out: contributions close, once. */
  closeContributions(activityId: string): void {
    const a = this.engine.store.get(activityId);
    if (a?.status === 'open') this.control(a.workshopId, a.id, 'close');
  }

  /** A reset: every response and every post of the activity goes (call inside a transaction). */
  private clearContributions(activityId: string): void {
    this.engine.repos.responses.clear(activityId);
    this.engine.repos.entries.clear(activityId);
  }

  private openSourceOf(a: ActivityRecord, module: ActivityModule<unknown>): ActivityRecord | null {
    const sourceId = module.sourceOf?.(a.config) ?? null;
    const source = sourceId ? this.engine.activityIn(a.workshopId, sourceId) : null;
    return source?.status === 'open' ? source : null;
  }
}
