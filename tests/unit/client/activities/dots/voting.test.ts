import { describe, expect, it } from 'vitest';
import { addBlock, dotsConfigOf, planTap } from '../../../../../client/activities/dots/voting.ts';
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

describe('client/activities/dots/voting addBlock', () => {
  it('says the budget is spent when every dot is placed, for every item', () => {
    const full = { a: 3, b: 2 };
    expect(addBlock(open, items, full, 'a')).toBe('cap');
    expect(addBlock(open, items, full, 'b')).toBe('budget');
  });

  it('says the cap is reached on an item that holds as many as allowed, while dots are left', () => {
    expect(addBlock(open, items, { a: 3 }, 'a')).toBe('cap');
    expect(addBlock(open, items, { a: 3 }, 'b')).toBeNull();
  });

  it('lets a tap through when it fits, and gives back a hidden item’s dots to spend', () => {
    expect(addBlock(open, items, {}, 'a')).toBeNull();
    expect(addBlock(open, items, { h: 3, a: 3, b: 1 }, 'b')).toBeNull();
  });

  it('agrees with planTap for every allocation of a small ballot', () => {
    for (let a = 0; a <= 4; a++)
      for (let b = 0; b <= 4; b++) {
        const allocation = { a, b };
        for (const id of ['a', 'b'])
          expect(addBlock(open, items, allocation, id) === null, `${a},${b} ${id}`).toBe(
            planTap(open, items, allocation, id, 1).ok,
          );
      }
  });
});
