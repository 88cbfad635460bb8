import { describe, expect, it } from 'vitest';
import { planTap } from '../../../../client/realtime/voting.ts';
import type { WorkshopState } from '../../../../shared/domain/workshop.ts';

const view = (id: string, hidden = false) => ({ id, hidden, mergedFrom: [], createdBySector: null });
const state: WorkshopState = {
  id: 'w1xxxxxx',
  code: 'ABCDEFGH',
  title: 'Strategi',
  date: '2025-03-14',
  place: '',
  description: '',
  phase: 'voting',
  locked: false,
  revealed: false,
  vote: { dotsPerParticipant: 5, maxPerPriority: 3 },
  priorities: [view('a'), view('b'), view('h', true)],
};

describe('client/realtime/voting planTap', () => {
  it('answers VOTING_CLOSED when voting is not open', () => {
    expect(planTap({ ...state, phase: 'closed' }, {}, 'a', 1)).toEqual({
      ok: false,
      problem: 'VOTING_CLOSED',
    });
    expect(planTap(null, {}, 'a', 1)).toEqual({ ok: false, problem: 'VOTING_CLOSED' });
  });

  it('lets a participant spend the dots of a hidden priority elsewhere when it is hidden', () => {
    expect(planTap(state, { h: 3, a: 3, b: 1 }, 'b', 1)).toEqual({
      ok: true,
      next: { h: 3, a: 3, b: 2 },
      cast: { h: 3, a: 3, b: 2 },
    });
    expect(planTap(state, { h: 3, a: 3, b: 2 }, 'b', 1)).toEqual({ ok: false, problem: 'BUDGET_EXCEEDED' });
  });

  it('leaves out ids that are no longer in the list when it builds the cast', () => {
    expect(planTap(state, { gone: 2, a: 1 }, 'a', 1)).toEqual({
      ok: true,
      next: { gone: 2, a: 2 },
      cast: { a: 2 },
    });
  });

  it('lets a participant over the cap take back and spend elsewhere but not add when a merge left them there', () => {
    expect(planTap(state, { a: 6 }, 'a', 1)).toEqual({ ok: false, problem: 'MAX_PER_PRIORITY' });
    expect(planTap(state, { a: 6 }, 'a', -1)).toMatchObject({ ok: true, cast: { a: 5 } });
    expect(planTap(state, { a: 5 }, 'b', 1)).toEqual({ ok: false, problem: 'BUDGET_EXCEEDED' });
    expect(planTap(state, { a: 4 }, 'b', 1)).toMatchObject({ ok: true, cast: { a: 4, b: 1 } });
  });
});
