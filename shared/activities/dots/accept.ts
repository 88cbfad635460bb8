import { fail, ok, type Result } from '../../domain/result.ts';
import type { ActivityStatus } from '../../domain/workshop.ts';
import { applyCast, checkAllocation, votableOf } from './rules.ts';
import type { Allocation, VoteConfig, VoteItem } from './types.ts';

/**
 * Decides whether a participant's cast may be stored now, given what they have stored; returns
 * the allocation to store (no zero entries, dots on hidden priorities kept as they were).
 */
export function acceptAllocation(
  status: ActivityStatus,
  config: VoteConfig,
  items: readonly VoteItem[],
  stored: Allocation,
  cast: Allocation,
): Result<Allocation> {
  if (status !== 'open') return fail('VOTING_CLOSED');
  const votable = votableOf(items);
  const problem = checkAllocation(cast, stored, config, votable);
  if (problem) return fail(problem);
  return ok(applyCast(cast, stored, votable.visible));
}

export function sameRules(a: VoteConfig, b: VoteConfig): boolean {
  return a.dotsPerParticipant === b.dotsPerParticipant && a.maxPerPriority === b.maxPerPriority;
}
