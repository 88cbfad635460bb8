import { ownRemovalRefusal } from '../../shared/domain/ownRemoval.ts';
import { fail, ok, type Result } from '../../shared/domain/result.ts';
import type {
  ContributionsRemovePayload,
  OwnActivity,
  OwnContribution,
  OwnContributions,
  RemovedContributions,
} from '../../shared/protocol/contributions.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { moduleOf } from '../activities/index.ts';
import type { ActivityRecord } from '../db/activityRepo.ts';
import { emptyWal } from '../db/eraseFreed.ts';
import { type Engine, visibleTo } from './engine.ts';

/** The id under which an activity's whole stored response is listed and removed. */
const RESPONSE = 'response';

/**
 * "Mina bidrag": a participant's own contributions across the workshop, and removing them while
 * the workshop is open. The core lists and removes stored responses for every type alike (they
 * are its table, and a response is replaced whole anyway); what a type holds beyond that (list
 * items, posts) goes through its module's `own` hook. Only ever the caller's own: every lookup is
 * by their participant id, so another's id is NOT_FOUND, never removed.
 */
export class ContributionService {
  constructor(private readonly engine: Engine) {}

  list(workshopId: string, participantId: string): OwnContributions {
    const activities: OwnActivity[] = [];
    for (const a of this.engine.store.agenda(workshopId)) {
      if (!visibleTo(a, 'participant')) continue;
      const contributions = this.ownIn(a, participantId);
      if (contributions.length > 0)
        activities.push({ activityId: a.id, type: a.type, title: a.title, status: a.status, contributions });
    }
    return { removable: this.refusal(workshopId) === null, activities };
  }

  remove(
    workshopId: string,
    participantId: string,
    p: ContributionsRemovePayload,
  ): Result<RemovedContributions> {
    const refused = this.refusal(workshopId);
    if (refused) return fail(refused);
    let removed = 0;
    let detached = 0;
    let failure: ErrorCode | null = null;
    const run = (a: ActivityRecord, id: string, tolerate: ErrorCode | null) => {
      const r = this.removeOne(a, participantId, id);
      if (r.ok && r.value === 'removed') removed += 1;
      else if (r.ok) detached += 1;
      else if (r.code !== tolerate) failure ??= r.code;
    };
    if ('all' in p) {
      for (const a of this.engine.store.agenda(workshopId)) {
        if (!visibleTo(a, 'participant')) continue;
        // Listed afresh per activity; NOT_FOUND is one already gone with another (an upvote on
        // their own post). Another failure stops nothing else: the rest is still theirs to remove.
        for (const c of this.ownIn(a, participantId)) run(a, c.id, 'NOT_FOUND');
      }
    } else {
      const a = this.engine.activityIn(workshopId, p.activityId);
      if (!a || !visibleTo(a, 'participant')) return fail('NOT_FOUND');
      run(a, p.id, null);
    }
    // What was removed is scrubbed even when something else failed.
    if (removed + detached > 0) this.scrub(workshopId, participantId);
    if (failure) return fail(failure);
    return ok({ removed, detached, contributions: this.list(workshopId, participantId) });
  }

  /**
   * Removed means gone from the files too. The acks kept for retries (`ops`) can hold copies of
   * the participant's words, so theirs go (a retry still in flight after this would run again).
   * `secure_delete` has zeroed the deleted rows in the database's pages, but the WAL still holds
   * the pages as they were: TRUNCATE copies the zeroed ones into the file and empties it. It
   * costs the WAL written since the checkpointer's last pass (a second at most), and removals
   * are rare; if a reader keeps it from emptying, the old frames are overwritten as the WAL is
   * reused.
   */
  private scrub(workshopId: string, participantId: string): void {
    const { repos } = this.engine;
    repos.ops.forgetParticipant(workshopId, participantId);
    emptyWal(repos.db);
  }

  private ownIn(a: ActivityRecord, participantId: string): OwnContribution[] {
    const module = moduleOf(a.type);
    if (!module) return [];
    const out: OwnContribution[] = [];
    const ctx = this.engine.contexts.of(a);
    const parts = Object.keys(this.engine.repos.responses.of(a.id, participantId)).length;
    if (module.response && parts > 0)
      out.push({ id: RESPONSE, kind: 'response', text: null, shared: false, parts });
    if (module.own) out.push(...module.own.list(ctx, participantId));
    return out;
  }

  private removeOne(a: ActivityRecord, participantId: string, id: string): Result<'removed' | 'detached'> {
    const module = moduleOf(a.type);
    if (!module) return fail('NOT_FOUND');
    const ctx = this.engine.contexts.of(a);
    if (id !== RESPONSE) return module.own ? module.own.remove(ctx, participantId, id) : fail('NOT_FOUND');
    const { response } = module;
    const { repos } = this.engine;
    if (!response || Object.keys(repos.responses.of(a.id, participantId)).length === 0)
      return fail('NOT_FOUND');
    repos.responses.replace(a.id, participantId, {}, ctx.now());
    // Every tab of theirs follows, the one that asked too: its view of the activity must empty.
    ctx.mineChanged(participantId, response.mine(ctx, participantId), null);
    // Some views count responses (a question's upvotes), and every result does.
    ctx.viewChanged();
    ctx.resultsChanged();
    return ok('removed');
  }

  /** Why removing is not possible now (the workshop has ended), or null. */
  private refusal(workshopId: string): ReturnType<typeof ownRemovalRefusal> {
    const state = this.engine.state(workshopId, 'facilitator');
    if (!state) return 'NOT_FOUND';
    return ownRemovalRefusal(
      state.agenda.map((a) => a.status),
      state.settings.dialogue,
      Date.now(),
    );
  }
}
