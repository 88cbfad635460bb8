import type { Allocation, VoteConfig, VoteItem } from './types.ts';

export type AllocationProblem = 'BUDGET_EXCEEDED' | 'MAX_PER_PRIORITY' | 'UNKNOWN_PRIORITY';

/** A workshop's active priorities (none merged away), split by whether their dots count now. */
export interface Votable {
  visible: ReadonlySet<string>;
  hidden: ReadonlySet<string>;
}

/** `active` must hold no merged-away items (a `DotsView`'s items, or a list's active items). */
export function votableOf(active: readonly VoteItem[]): Votable {
  const visible = new Set<string>();
  const hidden = new Set<string>();
  for (const p of active) (p.hidden ? hidden : visible).add(p.id);
  return { visible, hidden };
}

export function dotsUsed(allocation: Allocation): number {
  let used = 0;
  for (const dots of Object.values(allocation)) used += dots;
  return used;
}

/**
 * The dots that count: those on visible priorities. Dots on a hidden priority stay stored, but
 * while it is hidden they are neither tallied nor charged to the participant's budget.
 */
export function countedDots(allocation: Allocation, visible: ReadonlySet<string>): Allocation {
  const out: Allocation = {};
  for (const [id, dots] of Object.entries(allocation)) if (dots > 0 && visible.has(id)) out[id] = dots;
  return out;
}

/*
 * Grandfathering: a merge or an unhide can leave a participant over the cap or the budget with
 * dots they placed legitimately. Their stored amount then stands in for the limit, so they can
 * always take dots back and spend elsewhere, but never make an excess larger.
 */
const capFor = (id: string, stored: Allocation, config: VoteConfig) =>
  Math.max(config.maxPerPriority, stored[id] ?? 0);
const budgetFor = (stored: Allocation, config: VoteConfig, visible: ReadonlySet<string>) =>
  Math.max(config.dotsPerParticipant, dotsUsed(countedDots(stored, visible)));

/** Dots still to spend, over visible priorities; `stored` is what the server holds (default: the same). */
export function dotsLeft(
  allocation: Allocation,
  config: VoteConfig,
  visible: ReadonlySet<string>,
  stored: Allocation = allocation,
): number {
  return Math.max(0, budgetFor(stored, config, visible) - dotsUsed(countedDots(allocation, visible)));
}

/**
 * Checks a cast (a participant's whole allocation) against the round's rules and what they have
 * stored. Entries for hidden priorities are ignored; dots for an unknown or merged-away id are not.
 * Returns the first problem, or null.
 */
export function checkAllocation(
  cast: Allocation,
  stored: Allocation,
  config: VoteConfig,
  votable: Votable,
): AllocationProblem | null {
  for (const [id, dots] of Object.entries(cast)) {
    if (dots > 0 && !votable.visible.has(id) && !votable.hidden.has(id)) return 'UNKNOWN_PRIORITY';
  }
  const counted = countedDots(cast, votable.visible);
  for (const [id, dots] of Object.entries(counted)) {
    if (dots > capFor(id, stored, config)) return 'MAX_PER_PRIORITY';
  }
  if (dotsUsed(counted) > budgetFor(stored, config, votable.visible)) return 'BUDGET_EXCEEDED';
  return null;
}

/**
 * What a phone sends: its dots on active priorities, hidden ones included. The server ignores
 * those while it holds them hidden; if it has just shown one again before the phone heard, they
 * are the stored dots as they were, instead of a missing entry that would clear them.
 */
export function castOf(allocation: Allocation, votable: Votable): Allocation {
  const out: Allocation = {};
  for (const [id, dots] of Object.entries(allocation))
    if (dots > 0 && (votable.visible.has(id) || votable.hidden.has(id))) out[id] = dots;
  return out;
}

/** What is stored after an accepted cast: its visible entries, and every other stored entry kept. */
export function applyCast(cast: Allocation, stored: Allocation, visible: ReadonlySet<string>): Allocation {
  const out: Allocation = {};
  for (const [id, dots] of Object.entries(stored)) if (dots > 0 && !visible.has(id)) out[id] = dots;
  return { ...out, ...countedDots(cast, visible) };
}

/** Drops zero entries so stored and compared allocations have one form. */
export function normaliseAllocation(allocation: Allocation): Allocation {
  const out: Allocation = {};
  for (const [id, dots] of Object.entries(allocation)) if (dots > 0) out[id] = dots;
  return out;
}
