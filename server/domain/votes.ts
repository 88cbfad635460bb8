import { applyCast, checkAllocation, votableOf } from '../../shared/domain/dots.ts';
import type { Allocation, PriorityMeta } from '../../shared/domain/workshop.ts';
import type { Control } from './control.ts';
import { activePriorities } from './priorities.ts';
import { fail, ok, type Result } from './result.ts';

/**
 * Decides whether a participant's cast may be stored now, given what they have stored; returns
 * the allocation to store (no zero entries, dots on hidden priorities kept as they were).
 */
export function acceptAllocation(
  control: Control,
  priorities: readonly PriorityMeta[],
  stored: Allocation,
  cast: Allocation,
): Result<Allocation> {
  if (control.phase !== 'voting' || control.vote === null) return fail('VOTING_CLOSED');
  const votable = votableOf(activePriorities(priorities));
  const problem = checkAllocation(cast, stored, control.vote, votable);
  if (problem) return fail(problem);
  return ok(applyCast(cast, stored, votable.visible));
}
