import { describe, expect, it } from 'vitest';
import { applyControl, type Control } from '../../../../server/domain/control.ts';

const config = { dotsPerParticipant: 5, maxPerPriority: 3 };
const other = { dotsPerParticipant: 3, maxPerPriority: 1 };
const collect: Control = { phase: 'collect', locked: false, revealed: false, vote: null };
const voting: Control = { phase: 'voting', locked: false, revealed: false, vote: config };
const closed: Control = { phase: 'closed', locked: false, revealed: true, vote: config };
const none = { dotsStored: false };
const dots = { dotsStored: true };
const open = (c = config, resetVotes = false) => ({ type: 'openVote', config: c, resetVotes }) as const;

describe('server/domain/control', () => {
  it('sets and clears the lock when asked, in every phase', () => {
    for (const state of [collect, voting, closed]) {
      expect(applyControl(state, { type: 'lock', locked: true }, none)).toEqual({
        ok: true,
        value: { ...state, locked: true },
      });
      expect(applyControl({ ...state, locked: true }, { type: 'lock', locked: false }, none)).toEqual({
        ok: true,
        value: { ...state, locked: false },
      });
    }
  });

  it('opens voting with the configuration and hides results when collecting or closed', () => {
    const next = { ...config, dotsPerParticipant: 8 };
    expect(applyControl(collect, open(), none)).toEqual({ ok: true, value: voting });
    expect(applyControl(closed, open(next), none)).toEqual({
      ok: true,
      value: { phase: 'voting', locked: false, revealed: false, vote: next },
    });
  });

  it('answers WRONG_PHASE when voting is opened while already open', () => {
    expect(applyControl(voting, open(), none)).toEqual({ ok: false, code: 'WRONG_PHASE' });
    expect(applyControl(voting, open(other, true), dots)).toEqual({ ok: false, code: 'WRONG_PHASE' });
  });

  it('answers VALIDATION when the per-priority limit is above the budget', () => {
    const bad = { dotsPerParticipant: 2, maxPerPriority: 3 };
    expect(applyControl(collect, open(bad), none)).toEqual({ ok: false, code: 'VALIDATION' });
  });

  it('answers VOTE_RULES_LOCKED when dots are stored and other rules are asked for without a reset', () => {
    const looser = { dotsPerParticipant: 10, maxPerPriority: 5 };
    expect(applyControl(closed, open(other), dots)).toEqual({ ok: false, code: 'VOTE_RULES_LOCKED' });
    expect(applyControl(closed, open(looser), dots)).toEqual({ ok: false, code: 'VOTE_RULES_LOCKED' });
    expect(applyControl({ ...closed, phase: 'collect' }, open(other), dots)).toEqual({
      ok: false,
      code: 'VOTE_RULES_LOCKED',
    });
  });

  it('reopens with the stored rules when dots are stored and the same rules are asked for', () => {
    expect(applyControl(closed, open(), dots)).toEqual({ ok: true, value: { ...voting, revealed: false } });
  });

  it('opens with the new rules when dots are stored and a reset is asked for', () => {
    expect(applyControl(closed, open(other, true), dots)).toEqual({
      ok: true,
      value: { ...voting, vote: other },
    });
  });

  it('opens with new rules when no dots are stored', () => {
    expect(applyControl(closed, open(other), none)).toEqual({ ok: true, value: { ...voting, vote: other } });
  });

  it('closes voting and keeps the configuration when voting is open', () => {
    expect(applyControl(voting, { type: 'closeVote' }, none)).toEqual({
      ok: true,
      value: { ...voting, phase: 'closed' },
    });
  });

  it('answers WRONG_PHASE when closing while not voting', () => {
    expect(applyControl(collect, { type: 'closeVote' }, none)).toEqual({ ok: false, code: 'WRONG_PHASE' });
    expect(applyControl(closed, { type: 'closeVote' }, none)).toEqual({ ok: false, code: 'WRONG_PHASE' });
  });

  it('reveals and hides results when voting or closed', () => {
    expect(applyControl(voting, { type: 'reveal', revealed: true }, none)).toEqual({
      ok: true,
      value: { ...voting, revealed: true },
    });
    expect(applyControl(closed, { type: 'reveal', revealed: false }, none)).toEqual({
      ok: true,
      value: { ...closed, revealed: false },
    });
  });

  it('answers WRONG_PHASE when revealing while collecting', () => {
    const reveal = { type: 'reveal', revealed: true } as const;
    expect(applyControl(collect, reveal, none)).toEqual({ ok: false, code: 'WRONG_PHASE' });
    expect(applyControl({ ...collect, vote: config }, reveal, none)).toEqual({
      ok: false,
      code: 'WRONG_PHASE',
    });
  });

  it('returns to collecting and hides results when closed', () => {
    expect(applyControl(closed, { type: 'collect' }, none)).toEqual({
      ok: true,
      value: { ...closed, phase: 'collect', revealed: false },
    });
  });

  it('answers WRONG_PHASE when returning to collecting while voting or already collecting', () => {
    expect(applyControl(voting, { type: 'collect' }, none)).toEqual({ ok: false, code: 'WRONG_PHASE' });
    expect(applyControl(collect, { type: 'collect' }, none)).toEqual({ ok: false, code: 'WRONG_PHASE' });
  });

  it('leaves the given state untouched when applying a command', () => {
    const state: Control = { ...voting };
    applyControl(state, { type: 'closeVote' }, none);
    expect(state).toEqual(voting);
  });
});
