import { describe, expect, it } from 'vitest';
import { acceptAllocation, sameRules } from '../../../../../shared/activities/dots/accept.ts';
import type { VoteItem } from '../../../../../shared/activities/dots/types.ts';

const config = { dotsPerParticipant: 5, maxPerPriority: 3 };

/** A source list's active items as the dot voting sees them: merged-away ones are not among them. */
const items: VoteItem[] = [
  { id: 'a', hidden: false },
  { id: 'b', hidden: false },
  { id: 'hidden', hidden: true },
];

const accept = (stored: Record<string, number>, cast: Record<string, number>) =>
  acceptAllocation('open', config, items, stored, cast);

describe('shared/activities/dots/accept', () => {
  it('returns the allocation without zero entries when the voting is open and it fits', () => {
    expect(accept({}, { a: 3, b: 2, hidden: 0 })).toEqual({ ok: true, value: { a: 3, b: 2 } });
  });

  it('answers VOTING_CLOSED when the voting is a draft or closed, even for a cast that fits', () => {
    const closed = { ok: false, code: 'VOTING_CLOSED' };
    expect(acceptAllocation('draft', config, items, {}, { a: 1 })).toEqual(closed);
    expect(acceptAllocation('closed', config, items, {}, { a: 1 })).toEqual(closed);
    expect(acceptAllocation('closed', config, items, { a: 2 }, {})).toEqual(closed);
  });

  it('answers UNKNOWN_PRIORITY when dots go to an item that is not an active item of the source', () => {
    const unknown = { ok: false, code: 'UNKNOWN_PRIORITY' };
    // 'gone' was merged away: it is no longer among the items.
    expect(accept({}, { gone: 1 })).toEqual(unknown);
    expect(accept({}, { a: 1, nowhere: 1 })).toEqual(unknown);
  });

  it('keeps the stored dots of a hidden priority and ignores its entry when a cast names it', () => {
    const stored = { hidden: 2, a: 1 };
    expect(accept(stored, { hidden: 3, a: 2 })).toEqual({ ok: true, value: { hidden: 2, a: 2 } });
    expect(accept(stored, { b: 1 })).toEqual({ ok: true, value: { hidden: 2, b: 1 } });
  });

  it('does not charge hidden dots to the budget when the rest fills it', () => {
    expect(accept({ hidden: 3 }, { a: 3, b: 2 })).toEqual({ ok: true, value: { hidden: 3, a: 3, b: 2 } });
  });

  it('answers the budget errors when the allocation breaks the round rules', () => {
    expect(accept({}, { a: 4 })).toEqual({ ok: false, code: 'MAX_PER_PRIORITY' });
    expect(accept({}, { a: 3, b: 3 })).toEqual({ ok: false, code: 'BUDGET_EXCEEDED' });
  });

  it('uses the rules it is given when another config is passed', () => {
    const generous = { dotsPerParticipant: 10, maxPerPriority: 6 };
    expect(acceptAllocation('open', generous, items, {}, { a: 6, b: 4 })).toEqual({
      ok: true,
      value: { a: 6, b: 4 },
    });
  });

  it('accepts an excess left by a merge and refuses growing it when the participant casts again', () => {
    expect(accept({ a: 6 }, { a: 5, b: 1 })).toEqual({ ok: true, value: { a: 5, b: 1 } });
    expect(accept({ a: 6 }, { a: 7 })).toEqual({ ok: false, code: 'MAX_PER_PRIORITY' });
  });

  it('accepts an empty allocation when a participant takes back all dots', () => {
    expect(accept({ a: 2 }, { a: 0 })).toEqual({ ok: true, value: {} });
  });

  it('compares both numbers when comparing rules', () => {
    expect(sameRules(config, { ...config })).toBe(true);
    expect(sameRules(config, { ...config, dotsPerParticipant: 4 })).toBe(false);
    expect(sameRules(config, { ...config, maxPerPriority: 2 })).toBe(false);
  });
});
