import { describe, expect, it } from 'vitest';
import {
  applyCast,
  castOf,
  checkAllocation,
  countedDots,
  dotsLeft,
  dotsUsed,
  normaliseAllocation,
  votableOf,
} from '../../../../../shared/activities/dots/rules.ts';
import type { Allocation } from '../../../../../shared/activities/dots/types.ts';

const config = { dotsPerParticipant: 5, maxPerPriority: 3 };
const votable = votableOf([
  { id: 'a', hidden: false },
  { id: 'b', hidden: false },
  { id: 'c', hidden: false },
  { id: 'h', hidden: true },
]);

/** Every allocation over `ids` with 0..max dots each. */
function allocations(ids: string[], max: number): Allocation[] {
  return ids.reduce<Allocation[]>(
    (acc, id) => acc.flatMap((a) => Array.from({ length: max + 1 }, (_, n) => ({ ...a, [id]: n }))),
    [{}],
  );
}

describe('shared/activities/dots/rules', () => {
  it('splits active priorities into visible and hidden when building the votable sets', () => {
    expect(votable).toEqual({ visible: new Set(['a', 'b', 'c']), hidden: new Set(['h']) });
  });

  it('counts used dots and keeps only visible non-zero entries when counting', () => {
    expect(dotsUsed({})).toBe(0);
    expect(dotsUsed({ a: 2, h: 1 })).toBe(3);
    expect(countedDots({ a: 2, b: 0, h: 3, gone: 1 }, votable.visible)).toEqual({ a: 2 });
  });

  it('counts dots left over visible priorities only when some dots are on a hidden one', () => {
    expect(dotsLeft({ a: 2, b: 1 }, config, votable.visible)).toBe(2);
    expect(dotsLeft({ a: 2, h: 3 }, config, votable.visible)).toBe(3);
    expect(dotsLeft({ h: 3 }, config, votable.visible)).toBe(5);
  });

  it('reports no dots left, never fewer, when a participant is over the budget', () => {
    expect(dotsLeft({ a: 3, b: 3, c: 3 }, config, votable.visible)).toBe(0);
  });

  it('gives taken-back dots to spend again when the stored allocation is over the budget', () => {
    expect(dotsLeft({ a: 3, b: 3, c: 1 }, config, votable.visible, { a: 3, b: 3, c: 2 })).toBe(1);
    expect(dotsLeft({ a: 3, b: 1 }, config, votable.visible, { a: 3, b: 3, c: 2 })).toBe(4);
  });

  it('accepts an allocation when it uses the whole budget within the per-priority limit', () => {
    expect(checkAllocation({ a: 3, b: 2 }, {}, config, votable)).toBeNull();
    expect(checkAllocation({}, { a: 3 }, config, votable)).toBeNull();
  });

  it('answers BUDGET_EXCEEDED when the visible dots add up to more than the budget', () => {
    expect(checkAllocation({ a: 3, b: 2, c: 1 }, {}, config, votable)).toBe('BUDGET_EXCEEDED');
  });

  it('answers MAX_PER_PRIORITY when one priority gets more than the limit', () => {
    expect(checkAllocation({ a: 4 }, {}, config, votable)).toBe('MAX_PER_PRIORITY');
    expect(checkAllocation({ a: 4, b: 3 }, {}, config, votable)).toBe('MAX_PER_PRIORITY');
  });

  it('answers UNKNOWN_PRIORITY when dots go to an unknown or merged-away id', () => {
    expect(checkAllocation({ x: 1 }, {}, config, votable)).toBe('UNKNOWN_PRIORITY');
    expect(checkAllocation({ a: 1, x: 9 }, {}, config, votable)).toBe('UNKNOWN_PRIORITY');
  });

  it('ignores zero entries when they name unknown priorities', () => {
    expect(checkAllocation({ a: 2, x: 0 }, {}, config, votable)).toBeNull();
  });

  it('ignores entries for hidden priorities when checking a cast, whatever they hold', () => {
    expect(checkAllocation({ h: 20 }, { h: 3 }, config, votable)).toBeNull();
    expect(checkAllocation({ h: 3, a: 3, b: 2 }, { h: 3 }, config, votable)).toBeNull();
  });

  it('does not charge stored hidden dots to the budget when checking a cast', () => {
    expect(checkAllocation({ a: 3, b: 2 }, { h: 3, a: 2 }, config, votable)).toBeNull();
  });

  it('lets a participant keep, shrink and spend around an excess but never grow it when over the limits', () => {
    const merged = { a: 6 };
    expect(checkAllocation({ a: 6 }, merged, config, votable)).toBeNull();
    expect(checkAllocation({ a: 5, b: 1 }, merged, config, votable)).toBeNull();
    expect(checkAllocation({ a: 7 }, merged, config, votable)).toBe('MAX_PER_PRIORITY');
    expect(checkAllocation({ a: 6, b: 4 }, { a: 6, b: 1 }, config, votable)).toBe('MAX_PER_PRIORITY');
    const unhidden = { a: 3, b: 3, c: 2 };
    expect(checkAllocation({ a: 3, b: 3, c: 2 }, unhidden, config, votable)).toBeNull();
    expect(checkAllocation({ a: 2, b: 3, c: 3 }, unhidden, config, votable)).toBeNull();
    expect(checkAllocation({ a: 3, b: 3, c: 3 }, unhidden, config, votable)).toBe('BUDGET_EXCEEDED');
  });

  it('accepts exactly the casts within max(limit, stored) per priority and max(budget, stored total) when checked exhaustively', () => {
    const small = { dotsPerParticipant: 3, maxPerPriority: 2 };
    const ids = ['a', 'b', 'h'];
    const visibleTotal = (x: Allocation) => (x.a ?? 0) + (x.b ?? 0);
    for (const stored of allocations(ids, 4)) {
      for (const cast of allocations(ids, 4)) {
        const expected =
          (['a', 'b'] as const).every((id) => (cast[id] ?? 0) <= Math.max(2, stored[id] ?? 0)) &&
          visibleTotal(cast) <= Math.max(3, visibleTotal(stored));
        const problem = checkAllocation(cast, stored, small, votable);
        if ((problem === null) !== expected) throw new Error(`${JSON.stringify({ stored, cast, problem })}`);
      }
    }
  });

  it('stores the visible entries of the cast and keeps every other stored entry when applying a cast', () => {
    expect(applyCast({ a: 1, b: 0, h: 9 }, { a: 3, b: 2, h: 3 }, votable.visible)).toEqual({ a: 1, h: 3 });
    expect(applyCast({ b: 2 }, { h: 3 }, votable.visible)).toEqual({ b: 2, h: 3 });
    expect(applyCast({}, { a: 1 }, votable.visible)).toEqual({});
  });

  it('keeps visible and hidden entries and drops unknown and zero ones when building a cast', () => {
    expect(castOf({ a: 1, b: 0, h: 3, gone: 2 }, votable)).toEqual({ a: 1, h: 3 });
  });

  it('drops zero entries when normalising', () => {
    expect(normaliseAllocation({ a: 2, b: 0, c: 1 })).toEqual({ a: 2, c: 1 });
    expect(normaliseAllocation({ a: 0 })).toEqual({});
  });
});
