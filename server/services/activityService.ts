import { dialogueAccepts } from '../../shared/domain/dialogue.ts';
import { fail, type Result } from '../../shared/domain/result.ts';
import type {
  ContributionsRemovePayload,
  OwnContributions,
  RemovedContributions,
} from '../../shared/protocol/contributions.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { ByActivity, Role } from '../../shared/protocol/events.ts';
import { ACTIVITY_TYPES, moduleOf } from '../activities/index.ts';
import type { ActivityContext, Actor } from '../activities/module.ts';
import type { ActivityRecord } from '../db/activityRepo.ts';
import { ContributionService } from './contributionService.ts';
import { type Engine, visibleTo } from './engine.ts';
import type { TextEditor } from './engineEvents.ts';

/**
 * What happens inside activities: participants' and facilitators' commands and responses, routed
 * to the type's module; what each role sees of them; and their texts, for the Yjs endpoint.
 */
export class ActivityService {
  private readonly own: ContributionService;

  constructor(private readonly engine: Engine) {
    this.own = new ContributionService(engine);
  }

  /** A participant's own contributions across the workshop ("Mina bidrag"). */
  ownContributions(workshopId: string, actor: Actor): Result<OwnContributions> {
    const id = actor.participant?.id;
    return id ? { ok: true, value: this.own.list(workshopId, id) } : fail('FORBIDDEN');
  }

  /** Removes one of the participant's contributions, or all, while the workshop is open. */
  removeOwn(
    workshopId: string,
    payload: ContributionsRemovePayload,
    actor: Actor,
  ): Result<RemovedContributions> {
    const id = actor.participant?.id;
    return id ? this.own.remove(workshopId, id, payload) : fail('FORBIDDEN');
  }

  activity(activityId: string): ActivityRecord | null {
    return this.engine.store.get(activityId);
  }

  /** The activity, if it belongs to this workshop: every socket command names both. */
  activityIn(workshopId: string, activityId: string): ActivityRecord | null {
    return this.engine.activityIn(workshopId, activityId);
  }

  agenda(workshopId: string): readonly ActivityRecord[] {
    return this.engine.store.agenda(workshopId);
  }

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
    if (actor.role === 'participant' && !this.dialogueOpen(workshopId)) return fail('DIALOGUE_CLOSED');
    return command.run(this.engine.contexts.of(a), parsed.data as never, actor);
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
    if (!this.dialogueOpen(workshopId)) return fail('DIALOGUE_CLOSED');
    return module.response.respond(
      this.engine.contexts.of(a),
      participantId,
      parsed.data as never,
      actor.socketId,
    );
  }

  /**
   * Participants take part in an open dialogue only between its dates (a live workshop always).
   * Read from the cached state: a vote burst asks on every tap, and settings changes drop the cache.
   */
  private dialogueOpen(workshopId: string): boolean {
    const settings = this.engine.state(workshopId, 'participant')?.settings;
    return dialogueAccepts(settings?.dialogue ?? null, Date.now());
  }

  /** The activity's state for every role, cached until it changes; callers must not mutate it. */
  view(activityId: string): unknown {
    return this.engine.view(activityId);
  }

  /** What facilitators see of the activity's state (more than the room, for some types). */
  staffView(activityId: string): unknown {
    return this.engine.staffView(activityId);
  }

  /** Whether facilitators get a state of their own for this activity. */
  hasStaffView(activityId: string): boolean {
    const a = this.engine.store.get(activityId);
    return Boolean(a && moduleOf(a.type)?.staffView);
  }

  /** Results as this role may see them: facilitators always; others once revealed (the projector totals). */
  resultsFor(activityId: string, role: Role): unknown {
    const a = this.engine.store.get(activityId);
    if (!a || !visibleTo(a, role)) return null;
    const module = moduleOf(a.type);
    if (!module?.results) return null;
    if (role === 'facilitator' || a.revealed) return module.results(this.engine.contexts.of(a));
    if (role === 'projector' && module.redact)
      return module.redact(module.results(this.engine.contexts.of(a)));
    return null;
  }

  mine(activityId: string, participantId: string): unknown {
    const a = this.engine.store.get(activityId);
    const module = a ? moduleOf(a.type) : null;
    return a && module?.response ? module.response.mine(this.engine.contexts.of(a), participantId) : null;
  }

  /** Views, results and own responses of every activity the role sees, for a snapshot. */
  snapshotParts(workshopId: string, role: Role, participantId: string | null) {
    const views: ByActivity<unknown> = {};
    const results: ByActivity<unknown> = {};
    const mine: ByActivity<unknown> = {};
    for (const a of this.engine.store.agenda(workshopId)) {
      if (!visibleTo(a, role)) continue;
      views[a.id] = role === 'facilitator' ? this.staffView(a.id) : this.view(a.id);
      const r = this.resultsFor(a.id, role);
      if (r !== null) results[a.id] = r;
      if (participantId) {
        const m = this.mine(a.id, participantId);
        if (m !== null) mine[a.id] = m;
      }
    }
    return { views, results, mine };
  }

  /** Called by the Yjs endpoint for each item an accepted update changed. */
  textEdited(activityId: string, itemId: string, editor: TextEditor): void {
    const a = this.engine.store.get(activityId);
    if (!a) return;
    this.engine.events.emit('edited', a.workshopId, activityId, itemId, editor);
    this.engine.events.emit('texts', a.workshopId, activityId);
  }

  /**
   * After a batch of text changes (the realtime layer throttles them): the views that show this
   * document's texts (a dot voting's labels) are due again. Drafts too, so that none is cached
   * with old texts when it opens; their views go to the control room only.
   */
  textsSettled(workshopId: string, activityId: string): void {
    const a = this.engine.store.get(activityId);
    if (!a) return;
    for (const d of this.engine.contexts.dependentsOf(a)) this.engine.events.emit('view', workshopId, d.id);
  }

  /**
   * Why a participant may not write in a text of this document now, asked per update (a lock or a
   * hide applies to connections already open); null when they may. `key` null: anything at all.
   */
  participantWriteRefusal(activityId: string, key: string | null): ErrorCode | null {
    const a = this.engine.store.get(activityId);
    const module = a ? moduleOf(a.type) : null;
    if (!a || !module?.document) return 'NOT_FOUND';
    if (a.locked) return 'LOCKED';
    if (a.status !== 'open') return 'WRONG_PHASE';
    if (!this.dialogueOpen(a.workshopId)) return 'DIALOGUE_CLOSED';
    return key === null ? null : module.document.refuseText(this.engine.contexts.of(a), key);
  }

  /** The longest text a participant may write in this document; null when it has no texts. */
  maxTextLength(activityId: string): number | null {
    const a = this.engine.store.get(activityId);
    return (a && moduleOf(a.type)?.document?.maxTextLength) ?? null;
  }

  /** One item's text, or null when it is not an active item or its document is unreadable. */
  textOf(activityId: string, itemId: string): string | null {
    return this.engine.contexts.textOf(activityId, itemId);
  }

  /** Replaces an item's whole text as the server (restoring an earlier version). */
  replaceText(activityId: string, itemId: string, text: string): Result<null> {
    const replaced = this.engine.contexts.replaceText(activityId, itemId, text);
    const a = this.engine.store.get(activityId);
    if (replaced.ok && a) this.engine.events.emit('texts', a.workshopId, activityId);
    return replaced;
  }

  /** Runs each type's `upgrade` on the activities that need it; once, before the server listens. */
  upgradeStored(): number {
    let mended = 0;
    for (const type of ACTIVITY_TYPES) {
      const upgrade = moduleOf(type)?.upgrade;
      for (const activityId of upgrade?.pending(this.engine.repos) ?? []) {
        const ctx = this.contextOf(activityId);
        if (!ctx || !upgrade) continue;
        upgrade.run(ctx);
        mended++;
      }
    }
    return mended;
  }

  /** The context a module's hook runs in, for the export. */
  contextOf(activityId: string): ActivityContext<unknown> | null {
    const a = this.engine.store.get(activityId);
    return a ? this.engine.contexts.of(a) : null;
  }
}
