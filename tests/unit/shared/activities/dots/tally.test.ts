import { describe, expect, it } from 'vitest';
import { tally } from '../../../../../shared/activities/dots/tally.ts';
import { emptyBySector } from '../../../../../shared/domain/sectors.ts';

const visible = new Set(['a', 'b', 'c']);

describe('shared/activities/dots/tally', () => {
  it('returns zeros when there are no ballots', () => {
    expect(tally([], visible)).toEqual({
      totalDots: 0,
      voters: 0,
      votersBySector: emptyBySector(),
      byPriority: {},
    });
  });

  it('sums dots per priority and per sector when ballots come from several sectors', () => {
    const result = tally(
      [
        { sector: 'public', allocation: { a: 3, b: 2 } },
        { sector: 'public', allocation: { a: 1 } },
        { sector: 'civil', allocation: { b: 4, c: 1 } },
      ],
      visible,
    );

    expect(result.totalDots).toBe(11);
    expect(result.voters).toBe(3);
    expect(result.votersBySector).toEqual({ ...emptyBySector(), public: 2, civil: 1 });
    expect(result.byPriority).toEqual({
      a: { total: 4, bySector: { ...emptyBySector(), public: 4 } },
      b: { total: 6, bySector: { ...emptyBySector(), public: 2, civil: 4 } },
      c: { total: 1, bySector: { ...emptyBySector(), civil: 1 } },
    });
  });

  it('does not count a voter or a row when a ballot has only zero or negative dots', () => {
    const result = tally(
      [
        { sector: 'business', allocation: { a: 0, b: -2 } },
        { sector: 'academia', allocation: { a: 2, c: 0 } },
      ],
      visible,
    );

    expect(result.voters).toBe(1);
    expect(result.votersBySector).toEqual({ ...emptyBySector(), academia: 1 });
    expect(result.totalDots).toBe(2);
    expect(Object.keys(result.byPriority)).toEqual(['a']);
  });

  it('counts neither the dots nor the voter when dots are only on priorities that are not visible', () => {
    const result = tally(
      [
        { sector: 'public', allocation: { hidden: 2 } },
        { sector: 'business', allocation: { a: 1, hidden: 3, gone: 4 } },
      ],
      visible,
    );

    expect(result).toEqual({
      totalDots: 1,
      voters: 1,
      votersBySector: { ...emptyBySector(), business: 1 },
      byPriority: { a: { total: 1, bySector: { ...emptyBySector(), business: 1 } } },
    });
  });
});
