import { castOf, checkAllocation, normaliseAllocation, votableOf } from '../../shared/domain/dots.ts';
import type { Allocation, WorkshopState } from '../../shared/domain/workshop.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { useSaveStore } from '../stores/saveStore.ts';
import { useVoteStore } from '../stores/voteStore.ts';
import { useWorkshopStore } from '../stores/workshopStore.ts';
import { command } from './commands.ts';

export type TapPlan = { ok: true; next: Allocation; cast: Allocation } | { ok: false; problem: ErrorCode };

/**
 * One tap, by the server's own rules (budget and cap over visible priorities, grandfathered):
 * `next` is the optimistic allocation to show, `cast` what to send (see `castOf`). `allocation`,
 * what the phone shows, stands for what the server will hold when this cast arrives.
 */
export function planTap(
  state: WorkshopState | null,
  allocation: Allocation,
  priorityId: string,
  delta: 1 | -1,
): TapPlan {
  if (!state?.vote || state.phase !== 'voting') return { ok: false, problem: 'VOTING_CLOSED' };
  const votable = votableOf(state.priorities);
  const next = normaliseAllocation({
    ...allocation,
    [priorityId]: Math.max(0, (allocation[priorityId] ?? 0) + delta),
  });
  const cast = castOf(next, votable);
  const problem = checkAllocation(cast, allocation, state.vote, votable);
  return problem ? { ok: false, problem } : { ok: true, next, cast };
}

/**
 * Adds or removes one dot: checked locally for instant feedback, shown at once, then the whole
 * allocation is sent (idempotent); a refusal rolls back to the server's last answer.
 */
export async function changeDots(priorityId: string, delta: 1 | -1): Promise<ErrorCode | null> {
  const plan = planTap(
    useWorkshopStore.getState().state,
    useVoteStore.getState().allocation,
    priorityId,
    delta,
  );
  const save = useSaveStore.getState();
  if (!plan.ok) {
    save.end(plan.problem);
    return plan.problem;
  }
  const seq = useVoteStore.getState().propose(plan.next);
  save.begin();
  const ack = await command('vote:cast', { allocation: plan.cast });
  useVoteStore.getState().acked(seq, ack.ok ? ack.data.allocation : null);
  useSaveStore.getState().end(ack.ok ? null : ack.error.code);
  return ack.ok ? null : ack.error.code;
}
