import { describe, expect, it } from 'vitest';
import { dotsConfigOf, planTap } from '../../../../../client/activities/dots/voting.ts';
import type { VoteItem } from '../../../../../shared/activities/dots/types.ts';

const config = { sourceActivityId: 'list-1', dotsPerParticipant: 5, maxPerPriority: 3 };
const open = { status: 'open', config } as const;
const items: VoteItem[] = [
  { id: 'a', hidden: false },
  { id: 'b', hidden: false },
  { id: 'h', hidden: true },
];

describe('client/activities/dots/voting planTap', () => {
  it('answers VOTING_CLOSED when the dot voting is not open, unknown, or has no items yet', () => {
    const closed = { ok: false, problem: 'VOTING_CLOSED' };
    expect(planTap({ ...open, status: 'closed' }, items, {}, 'a', 1)).toEqual(closed);
    expect(planTap({ ...open, status: 'draft' }, items, {}, 'a', 1)).toEqual(closed);
    expect(planTap(null, items, {}, 'a', 1)).toEqual(closed);
    expect(planTap(open, null, {}, 'a', 1)).toEqual(closed);
    // A config it cannot read is no rules to vote by.
    expect(planTap({ status: 'open', config: { prompt: '' } }, items, {}, 'a', 1)).toEqual(closed);
  });

  it('adds one dot and sends the whole allocation when the tap fits', () => {
    expect(planTap(open, items, { a: 1 }, 'b', 1)).toEqual({
      ok: true,
      next: { a: 1, b: 1 },
      cast: { a: 1, b: 1 },
    });
    expect(planTap(open, items, { a: 1, b: 1 }, 'b', -1)).toEqual({
      ok: true,
      next: { a: 1 },
      cast: { a: 1 },
    });
  });

  it('lets a participant spend the dots of a hidden priority elsewhere when it is hidden', () => {
    expect(planTap(open, items, { h: 3, a: 3, b: 1 }, 'b', 1)).toEqual({
      ok: true,
      next: { h: 3, a: 3, b: 2 },
      cast: { h: 3, a: 3, b: 2 },
    });
    expect(planTap(open, items, { h: 3, a: 3, b: 2 }, 'b', 1)).toEqual({
      ok: false,
      problem: 'BUDGET_EXCEEDED',
    });
  });

  it('leaves out ids that are no longer in the list when it builds the cast', () => {
    expect(planTap(open, items, { gone: 2, a: 1 }, 'a', 1)).toEqual({
      ok: true,
      next: { gone: 2, a: 2 },
      cast: { a: 2 },
    });
  });

  it('lets a participant over the cap take back and spend elsewhere but not add when a merge left them there', () => {
    expect(planTap(open, items, { a: 6 }, 'a', 1)).toEqual({ ok: false, problem: 'MAX_PER_PRIORITY' });
    expect(planTap(open, items, { a: 6 }, 'a', -1)).toMatchObject({ ok: true, cast: { a: 5 } });
    expect(planTap(open, items, { a: 5 }, 'b', 1)).toEqual({ ok: false, problem: 'BUDGET_EXCEEDED' });
    expect(planTap(open, items, { a: 4 }, 'b', 1)).toMatchObject({ ok: true, cast: { a: 4, b: 1 } });
  });
});

describe('client/activities/dots/voting dotsConfigOf', () => {
  it('reads a dot voting config and nothing else', () => {
    expect(dotsConfigOf(config)).toEqual(config);
    for (const bad of [
      null,
      'x',
      {},
      { prompt: '' },
      { ...config, dotsPerParticipant: '5' },
      { ...config, sourceActivityId: 1 },
    ])
      expect(dotsConfigOf(bad), JSON.stringify(bad)).toBeNull();
  });
});
