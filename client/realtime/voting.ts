import { checkAllocation, normaliseAllocation } from '../../shared/domain/dots.ts';
import type { Allocation } from '../../shared/domain/workshop.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { useSaveStore } from '../stores/saveStore.ts';
import { useVoteStore } from '../stores/voteStore.ts';
import { useWorkshopStore } from '../stores/workshopStore.ts';
import { command } from './commands.ts';

/**
 * Adds or removes one dot. The rules are checked locally first for instant feedback; the whole
 * allocation is then sent (idempotent), and a refusal rolls back to the server's last answer.
 */
export async function changeDots(priorityId: string, delta: 1 | -1): Promise<ErrorCode | null> {
  const state = useWorkshopStore.getState().state;
  if (!state?.vote || state.phase !== 'voting') return 'VOTING_CLOSED';
  const votes = useVoteStore.getState();
  const current = votes.allocation[priorityId] ?? 0;
  const next: Allocation = normaliseAllocation({
    ...votes.allocation,
    [priorityId]: Math.max(0, current + delta),
  });
  const votable = new Set(state.priorities.filter((p) => !p.hidden).map((p) => p.id));
  const problem = checkAllocation(next, state.vote, votable);
  const save = useSaveStore.getState();
  if (problem) {
    save.end(problem);
    return problem;
  }
  const seq = votes.propose(next);
  save.begin();
  const ack = await command('vote:cast', { allocation: next });
  useVoteStore.getState().acked(seq, ack.ok ? ack.data.allocation : null);
  useSaveStore.getState().end(ack.ok ? null : ack.error.code);
  return ack.ok ? null : ack.error.code;
}
