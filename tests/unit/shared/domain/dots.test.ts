import { describe, expect, it } from 'vitest';
import { checkAllocation, dotsLeft, dotsUsed, normaliseAllocation } from '../../../../shared/domain/dots.ts';

const config = { dotsPerParticipant: 5, maxPerPriority: 3 };
const votable = new Set(['a', 'b', 'c']);

describe('shared/domain/dots', () => {
  it('counts used and left dots when some are placed', () => {
    expect(dotsUsed({})).toBe(0);
    expect(dotsUsed({ a: 2, b: 1 })).toBe(3);
    expect(dotsLeft({ a: 2, b: 1 }, config)).toBe(2);
    expect(dotsLeft({ a: 3, b: 2 }, config)).toBe(0);
  });

  it('never reports fewer than zero dots left when the allocation is over budget', () => {
    expect(dotsLeft({ a: 3, b: 3, c: 3 }, config)).toBe(0);
  });

  it('accepts an allocation when it uses the whole budget within the per-priority limit', () => {
    expect(checkAllocation({ a: 3, b: 2 }, config, votable)).toBeNull();
    expect(checkAllocation({}, config, votable)).toBeNull();
  });

  it('answers BUDGET_EXCEEDED when the dots add up to more than the budget', () => {
    expect(checkAllocation({ a: 3, b: 2, c: 1 }, config, votable)).toBe('BUDGET_EXCEEDED');
  });

  it('answers MAX_PER_PRIORITY when one priority gets more than the limit', () => {
    expect(checkAllocation({ a: 4 }, config, votable)).toBe('MAX_PER_PRIORITY');
    expect(checkAllocation({ a: 4, b: 3 }, config, votable)).toBe('MAX_PER_PRIORITY');
  });

  it('answers UNKNOWN_PRIORITY when dots go to a priority that is not votable', () => {
    expect(checkAllocation({ x: 1 }, config, votable)).toBe('UNKNOWN_PRIORITY');
    expect(checkAllocation({ a: 1, x: 9 }, config, votable)).toBe('UNKNOWN_PRIORITY');
  });

  it('ignores zero entries when they name unknown priorities', () => {
    expect(checkAllocation({ a: 2, x: 0 }, config, votable)).toBeNull();
  });

  it('drops zero entries when normalising', () => {
    expect(normaliseAllocation({ a: 2, b: 0, c: 1 })).toEqual({ a: 2, c: 1 });
    expect(normaliseAllocation({ a: 0 })).toEqual({});
  });
});
