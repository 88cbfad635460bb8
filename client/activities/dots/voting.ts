import {
  castOf,
  checkAllocation,
  normaliseAllocation,
  votableOf,
} from '../../../shared/activities/dots/rules.ts';
import type { Allocation, DotsConfig, DotsView, VoteItem } from '../../../shared/activities/dots/types.ts';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { command } from '../../realtime/commands.ts';
import { useSaveStore } from '../../stores/saveStore.ts';
import { activityById, useWorkshopStore } from '../../stores/workshopStore.ts';
import { isAllocation, useVoteStore } from './voteStore.ts';

export type TapPlan = { ok: true; next: Allocation; cast: Allocation } | { ok: false; problem: ErrorCode };

/**
 * A dot voting's config as the server sent it (its schema checked it there); null if it is not
 * one, so a screen shows nothing to vote on rather than rules it cannot read.
 */
export function dotsConfigOf(config: unknown): DotsConfig | null {
  if (typeof config !== 'object' || config === null) return null;
  if (!('sourceActivityId' in config && 'dotsPerParticipant' in config && 'maxPerPriority' in config))
    return null;
  const { sourceActivityId, dotsPerParticipant, maxPerPriority } = config;
  if (typeof sourceActivityId !== 'string') return null;
  if (typeof dotsPerParticipant !== 'number' || typeof maxPerPriority !== 'number') return null;
  return { sourceActivityId, dotsPerParticipant, maxPerPriority };
}

/**
 * One tap, by the server's own rules (budget and cap over visible priorities, grandfathered):
 * `next` is the optimistic allocation to show, `cast` what to send (see `castOf`). `allocation`,
 * what the phone shows, stands for what the server will hold when this cast arrives.
 */
export function planTap(
  activity: Pick<ActivitySummary, 'status' | 'config'> | null,
  items: readonly VoteItem[] | null,
  allocation: Allocation,
  priorityId: string,
  delta: 1 | -1,
): TapPlan {
  const config = activity && dotsConfigOf(activity.config);
  if (activity?.status !== 'open' || !config || !items) return { ok: false, problem: 'VOTING_CLOSED' };
  const votable = votableOf(items);
  const next = normaliseAllocation({
    ...allocation,
    [priorityId]: Math.max(0, (allocation[priorityId] ?? 0) + delta),
  });
  const cast = castOf(next, votable);
  const problem = checkAllocation(cast, allocation, config, votable);
  return problem ? { ok: false, problem } : { ok: true, next, cast };
}

export type AddBlock = 'budget' | 'cap' | null;

/**
 * Why "add a dot" to `priorityId` cannot act now, by the same rules as `planTap` (so the button
 * is aria-disabled exactly when a tap would be refused): the budget is spent, or the item holds
 * as many dots as allowed. Null when it can; a closed vote shows no ballot at all.
 */
export function addBlock(
  activity: Pick<ActivitySummary, 'status' | 'config'>,
  items: readonly VoteItem[],
  allocation: Allocation,
  priorityId: string,
): AddBlock {
  const plan = planTap(activity, items, allocation, priorityId, 1);
  if (plan.ok) return null;
  return plan.problem === 'MAX_PER_PRIORITY' ? 'cap' : 'budget';
}

/** The stored allocation in a cast's ack; null when the reply is not one (treated as refused). */
function storedOf(data: unknown): Allocation | null {
  if (typeof data !== 'object' || data === null || !('allocation' in data)) return null;
  return isAllocation(data.allocation) ? data.allocation : null;
}

/**
 * Adds or removes one dot in a dot voting: checked locally for instant feedback, shown at once,
 * then the whole allocation is sent (idempotent); a refusal rolls back to the server's last answer.
 */
export async function changeDots(
  activityId: string,
  priorityId: string,
  delta: 1 | -1,
): Promise<ErrorCode | null> {
  const view = useWorkshopStore.getState().views[activityId] as DotsView | undefined;
  const votes = useVoteStore.getState();
  const plan = planTap(
    activityById(activityId),
    view?.items ?? null,
    votes.byActivity[activityId]?.allocation ?? {},
    priorityId,
    delta,
  );
  // A tap the rules refuse is not sent, and not an error either: the ballot says why in its own
  // words beside the budget (the buttons are aria-disabled before it comes to this).
  if (!plan.ok) return plan.problem;
  const seq = votes.propose(activityId, plan.next);
  useSaveStore.getState().begin();
  // Lost on a dead line, the tap stays shown (and "not saved yet"): `command` sends it again once
  // the connection is back, before any newer cast, so the newest cast is the one the server keeps.
  const ack = await command('activity:respond', { activityId, value: { allocation: plan.cast } });
  // Still lost after every retry, but a newer cast carries this tap too: its answer decides.
  const superseded =
    !ack.ok && ack.error.code === 'TIMEOUT' && useVoteStore.getState().byActivity[activityId]?.latest !== seq;
  const stored = ack.ok ? storedOf(ack.data) : null;
  useVoteStore.getState().acked(activityId, seq, stored);
  // A newer cast carries this tap: its answer is the one to show, not this one's timeout.
  useSaveStore.getState().end(ack.ok || superseded ? null : ack.error.code);
  return ack.ok ? null : ack.error.code;
}
