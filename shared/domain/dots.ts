import type { Allocation, VoteConfig } from './workshop.ts';

export type AllocationProblem = 'BUDGET_EXCEEDED' | 'MAX_PER_PRIORITY' | 'UNKNOWN_PRIORITY';

export function dotsUsed(allocation: Allocation): number {
  let used = 0;
  for (const dots of Object.values(allocation)) used += dots;
  return used;
}

export function dotsLeft(allocation: Allocation, config: VoteConfig): number {
  return Math.max(0, config.dotsPerParticipant - dotsUsed(allocation));
}

/**
 * Checks a whole allocation against the round's rules. Returns the first problem, or null.
 * `votable` holds the priorities that may receive dots (visible, not merged away).
 */
export function checkAllocation(
  allocation: Allocation,
  config: VoteConfig,
  votable: ReadonlySet<string>,
): AllocationProblem | null {
  for (const [priorityId, dots] of Object.entries(allocation)) {
    if (dots === 0) continue;
    if (!votable.has(priorityId)) return 'UNKNOWN_PRIORITY';
    if (dots > config.maxPerPriority) return 'MAX_PER_PRIORITY';
  }
  if (dotsUsed(allocation) > config.dotsPerParticipant) return 'BUDGET_EXCEEDED';
  return null;
}

/** Drops zero entries so stored and compared allocations have one form. */
export function normaliseAllocation(allocation: Allocation): Allocation {
  const out: Allocation = {};
  for (const [id, dots] of Object.entries(allocation)) if (dots > 0) out[id] = dots;
  return out;
}
