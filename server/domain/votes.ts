import { checkAllocation, normaliseAllocation } from '../../shared/domain/dots.ts';
import type { Allocation, PriorityMeta, VoteConfig } from '../../shared/domain/workshop.ts';
import type { Control } from './control.ts';
import { fail, ok, type Result } from './result.ts';

/** Decides whether an allocation may be stored now; returns it normalised (no zero entries). */
export function acceptAllocation(
  control: Control,
  priorities: readonly PriorityMeta[],
  allocation: Allocation,
): Result<Allocation> {
  if (control.phase !== 'voting' || control.vote === null) return fail('VOTING_CLOSED');
  const votable = new Set(priorities.filter((p) => p.mergedInto === null && !p.hidden).map((p) => p.id));
  const problem = checkAllocation(allocation, control.vote as VoteConfig, votable);
  if (problem) return fail(problem);
  return ok(normaliseAllocation(allocation));
}
