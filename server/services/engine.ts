import type { ActivitySummary, WorkshopState } from '../../shared/domain/workshop.ts';
import type { Role } from '../../shared/protocol/events.ts';
import { moduleOf } from '../activities/index.ts';
import type { ActivityModule } from '../activities/module.ts';
import type { DocRegistry } from '../collab/docRegistry.ts';
import type { ActivityRecord } from '../db/activityRepo.ts';
import type { Repos } from '../db/repos.ts';
import { ActivityStore } from './activityStore.ts';
import { ContextFactory } from './contexts.ts';
import { Emitter } from './engineEvents.ts';

/**
 * What the engine's services share: storage, documents, the cached agenda and views, and the
 * events through which they tell the realtime layer, the Yjs endpoint and the history. The
 * services (workshops, agenda, activities) run commands the same way — parse → authorise →
 * load → the type's pure rule → store → tell listeners, who batch and filter by role — and know
 * activity types only through the registry's module interface.
 */
export class Engine {
  readonly events = new Emitter();
  readonly store: ActivityStore;
  readonly contexts: ContextFactory;
  private readonly stateCache = new Map<string, { staff: WorkshopState; room: WorkshopState }>();
  /** Each activity's view until it changes: a hall joining at once asks for them all N times. */
  private readonly viewCache = new Map<string, unknown>();

  constructor(
    readonly repos: Repos,
    readonly docs: DocRegistry,
  ) {
    this.store = new ActivityStore(repos);
    this.contexts = new ContextFactory(
      repos,
      docs,
      this.store,
      this.events,
      (workshopId) => this.agendaChanged(workshopId),
      (workshopId) => this.state(workshopId, 'participant')?.settings ?? null,
    );
    this.events.on({ view: (_workshopId, activityId) => this.viewCache.delete(activityId) });
  }

  /** The activity, if it belongs to this workshop: every socket command names both. */
  activityIn(workshopId: string, activityId: string): ActivityRecord | null {
    const a = this.store.get(activityId);
    return a && a.workshopId === workshopId ? a : null;
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

  /** An activity's state for every role (`activity:state`), cached until it changes; do not mutate. */
  view(activityId: string): unknown {
    if (this.viewCache.has(activityId)) return this.viewCache.get(activityId);
    const a = this.store.get(activityId);
    if (!a) return null;
    const view = moduleOf(a.type)?.view(this.contexts.of(a)) ?? null;
    this.viewCache.set(activityId, view);
    return view;
  }

  /** The state facilitators get: the type's staff view when it has one, else the room's. */
  staffView(activityId: string): unknown {
    const a = this.store.get(activityId);
    const module = a ? moduleOf(a.type) : null;
    if (!a || !module?.staffView) return this.view(activityId);
    return module.staffView(this.contexts.of(a));
  }

  /** After any change to the agenda or an activity's control: caches go, the room is told. */
  agendaChanged(workshopId: string): void {
    for (const a of this.store.agenda(workshopId)) this.viewCache.delete(a.id);
    this.store.dropAgenda(workshopId);
    this.stateCache.delete(workshopId);
    this.events.emit('state', workshopId);
  }

  /** Settings hold for every activity: views and results may show names or not. */
  settingsChanged(workshopId: string): void {
    this.agendaChanged(workshopId);
    for (const a of this.store.agenda(workshopId)) {
      // Posts carry their writer's name in the view: the room must see names come and go too.
      if (moduleOf(a.type)?.staffView) this.events.emit('view', workshopId, a.id);
      if (moduleOf(a.type)?.results) this.events.emit('results', workshopId, a.id);
    }
  }

  /** The workshop is gone: nothing of it stays cached. */
  forget(workshopId: string): void {
    this.store.dropWorkshop(workshopId);
    this.stateCache.delete(workshopId);
  }

  /** Every response of the activity was deleted: phones are told theirs is empty, results recount. */
  responsesReset(workshopId: string, activityId: string, module: ActivityModule<unknown>): void {
    this.events.emit('responsesReset', workshopId, activityId, module.response?.empty ?? null);
    this.events.emit('results', workshopId, activityId);
  }
}

/** Drafts are the facilitators' alone until opened. */
export function visibleTo(a: ActivityRecord, role: Role): boolean {
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
