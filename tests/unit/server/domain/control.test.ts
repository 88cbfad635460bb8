import { describe, expect, it } from 'vitest';
import { applyControl, type Control } from '../../../../server/domain/control.ts';

const config = { dotsPerParticipant: 5, maxPerPriority: 3 };
const collect: Control = { phase: 'collect', locked: false, revealed: false, vote: null };
const voting: Control = { phase: 'voting', locked: false, revealed: false, vote: config };
const closed: Control = { phase: 'closed', locked: false, revealed: true, vote: config };

describe('server/domain/control', () => {
  it('sets and clears the lock when asked, in every phase', () => {
    for (const state of [collect, voting, closed]) {
      expect(applyControl(state, { type: 'lock', locked: true })).toEqual({
        ok: true,
        value: { ...state, locked: true },
      });
      expect(applyControl({ ...state, locked: true }, { type: 'lock', locked: false })).toEqual({
        ok: true,
        value: { ...state, locked: false },
      });
    }
  });

  it('opens voting with the configuration and hides results when collecting or closed', () => {
    const next = { ...config, dotsPerParticipant: 8 };
    expect(applyControl(collect, { type: 'openVote', config })).toEqual({ ok: true, value: voting });
    expect(applyControl(closed, { type: 'openVote', config: next })).toEqual({
      ok: true,
      value: { phase: 'voting', locked: false, revealed: false, vote: next },
    });
  });

  it('answers WRONG_PHASE when voting is opened while already open', () => {
    expect(applyControl(voting, { type: 'openVote', config })).toEqual({ ok: false, code: 'WRONG_PHASE' });
  });

  it('answers VALIDATION when the per-priority limit is above the budget', () => {
    const bad = { dotsPerParticipant: 2, maxPerPriority: 3 };
    expect(applyControl(collect, { type: 'openVote', config: bad })).toEqual({
      ok: false,
      code: 'VALIDATION',
    });
  });

  it('closes voting and keeps the configuration when voting is open', () => {
    expect(applyControl(voting, { type: 'closeVote' })).toEqual({
      ok: true,
      value: { ...voting, phase: 'closed' },
    });
  });

  it('answers WRONG_PHASE when closing while not voting', () => {
    expect(applyControl(collect, { type: 'closeVote' })).toEqual({ ok: false, code: 'WRONG_PHASE' });
    expect(applyControl(closed, { type: 'closeVote' })).toEqual({ ok: false, code: 'WRONG_PHASE' });
  });

  it('reveals and hides results when a vote has been configured', () => {
    expect(applyControl(voting, { type: 'reveal', revealed: true })).toEqual({
      ok: true,
      value: { ...voting, revealed: true },
    });
    expect(applyControl(closed, { type: 'reveal', revealed: false })).toEqual({
      ok: true,
      value: { ...closed, revealed: false },
    });
  });

  it('answers WRONG_PHASE when revealing before any vote', () => {
    expect(applyControl(collect, { type: 'reveal', revealed: true })).toEqual({
      ok: false,
      code: 'WRONG_PHASE',
    });
  });

  it('returns to collecting and hides results when not voting', () => {
    expect(applyControl(closed, { type: 'collect' })).toEqual({
      ok: true,
      value: { ...closed, phase: 'collect', revealed: false },
    });
    expect(applyControl(collect, { type: 'collect' })).toEqual({ ok: true, value: collect });
  });

  it('answers WRONG_PHASE when returning to collecting while voting', () => {
    expect(applyControl(voting, { type: 'collect' })).toEqual({ ok: false, code: 'WRONG_PHASE' });
  });

  it('leaves the given state untouched when applying a command', () => {
    const state: Control = { ...voting };
    applyControl(state, { type: 'closeVote' });
    expect(state).toEqual(voting);
  });
});
