import { describe, expect, it } from 'vitest';
import type { Control } from '../../../../server/domain/control.ts';
import { acceptAllocation } from '../../../../server/domain/votes.ts';
import { priorityMeta } from '../../priorityMeta.ts';

const config = { dotsPerParticipant: 5, maxPerPriority: 3 };
const voting: Control = { phase: 'voting', locked: false, revealed: false, vote: config };

const meta = priorityMeta;
const priorities = [
  meta('a'),
  meta('b'),
  meta('hidden', { hidden: true }),
  meta('gone', { mergedInto: 'a' }),
];

describe('server/domain/votes', () => {
  it('returns the allocation without zero entries when voting is open and it fits', () => {
    expect(acceptAllocation(voting, priorities, {}, { a: 3, b: 2, hidden: 0 })).toEqual({
      ok: true,
      value: { a: 3, b: 2 },
    });
  });

  it('answers VOTING_CLOSED when the phase is not voting or no vote is configured', () => {
    const closed = { ok: false, code: 'VOTING_CLOSED' };
    expect(acceptAllocation({ ...voting, phase: 'collect' }, priorities, {}, { a: 1 })).toEqual(closed);
    expect(acceptAllocation({ ...voting, phase: 'closed' }, priorities, {}, { a: 1 })).toEqual(closed);
    expect(acceptAllocation({ ...voting, vote: null }, priorities, {}, { a: 1 })).toEqual(closed);
  });

  it('answers UNKNOWN_PRIORITY when dots go to a merged-away or unknown priority', () => {
    const unknown = { ok: false, code: 'UNKNOWN_PRIORITY' };
    expect(acceptAllocation(voting, priorities, {}, { gone: 1 })).toEqual(unknown);
    expect(acceptAllocation(voting, priorities, {}, { a: 1, nowhere: 1 })).toEqual(unknown);
  });

  it('keeps the stored dots of a hidden priority and ignores its entry when a cast names it', () => {
    const stored = { hidden: 2, a: 1 };
    expect(acceptAllocation(voting, priorities, stored, { hidden: 3, a: 2 })).toEqual({
      ok: true,
      value: { hidden: 2, a: 2 },
    });
    expect(acceptAllocation(voting, priorities, stored, { b: 1 })).toEqual({
      ok: true,
      value: { hidden: 2, b: 1 },
    });
  });

  it('does not charge hidden dots to the budget when the rest fills it', () => {
    expect(acceptAllocation(voting, priorities, { hidden: 3 }, { a: 3, b: 2 })).toEqual({
      ok: true,
      value: { hidden: 3, a: 3, b: 2 },
    });
  });

  it('answers the budget errors when the allocation breaks the round rules', () => {
    expect(acceptAllocation(voting, priorities, {}, { a: 4 })).toEqual({
      ok: false,
      code: 'MAX_PER_PRIORITY',
    });
    expect(acceptAllocation(voting, priorities, {}, { a: 3, b: 3 })).toEqual({
      ok: false,
      code: 'BUDGET_EXCEEDED',
    });
  });

  it('accepts an excess left by a merge and refuses growing it when the participant casts again', () => {
    expect(acceptAllocation(voting, priorities, { a: 6 }, { a: 5, b: 1 })).toEqual({
      ok: true,
      value: { a: 5, b: 1 },
    });
    expect(acceptAllocation(voting, priorities, { a: 6 }, { a: 7 })).toEqual({
      ok: false,
      code: 'MAX_PER_PRIORITY',
    });
  });

  it('accepts an empty allocation when a participant takes back all dots', () => {
    expect(acceptAllocation(voting, priorities, { a: 2 }, { a: 0 })).toEqual({ ok: true, value: {} });
  });
});
