import { describe, expect, it } from 'vitest';
import { applyControl, type ControlCommand } from '../../../../server/domain/control.ts';
import {
  allowedActions,
  CONTROL_ACTIONS,
  type ControlAction,
  type ControlState,
  rulesLocked,
  sameRules,
} from '../../../../shared/domain/control.ts';
import { PHASES } from '../../../../shared/domain/workshop.ts';

const config = { dotsPerParticipant: 5, maxPerPriority: 3 };

/** Every state the workshop can be in: no vote configured only before the first vote. */
const STATES: ControlState[] = PHASES.flatMap((phase) =>
  [true, false].flatMap((locked) =>
    [true, false].flatMap((revealed) =>
      (phase === 'collect' ? [null, config] : [config]).map((vote) => ({ phase, locked, revealed, vote })),
    ),
  ),
);

/** Each action as the control room sends it, in both directions where it has two. */
const COMMANDS: Record<ControlAction, ControlCommand[]> = {
  lock: [
    { type: 'lock', locked: true },
    { type: 'lock', locked: false },
  ],
  openVote: [
    { type: 'openVote', config, resetVotes: false },
    { type: 'openVote', config: { dotsPerParticipant: 3, maxPerPriority: 1 }, resetVotes: true },
  ],
  closeVote: [{ type: 'closeVote' }],
  reveal: [
    { type: 'reveal', revealed: true },
    { type: 'reveal', revealed: false },
  ],
  collect: [{ type: 'collect' }],
};

describe('shared/domain/control', () => {
  it('lists exactly the actions the server accepts when checked in every state', () => {
    const disagreements: string[] = [];
    for (const state of STATES) {
      const offered = allowedActions(state);
      for (const action of CONTROL_ACTIONS) {
        for (const command of COMMANDS[action]) {
          for (const dotsStored of [false, true]) {
            if (applyControl(state, command, { dotsStored }).ok !== offered.includes(action))
              disagreements.push(`${JSON.stringify(state)} ${JSON.stringify(command)} dots: ${dotsStored}`);
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('offers collecting again only after voting has closed', () => {
    const phasesWithCollect = PHASES.filter((phase) =>
      allowedActions({ phase, locked: false, revealed: false, vote: config }).includes('collect'),
    );
    expect(phasesWithCollect).toEqual(['closed']);
  });

  it('compares both numbers when comparing rules', () => {
    expect(sameRules(config, { ...config })).toBe(true);
    expect(sameRules(config, { ...config, dotsPerParticipant: 4 })).toBe(false);
    expect(sameRules(config, { ...config, maxPerPriority: 2 })).toBe(false);
  });

  it('locks the rules only when dots are stored and the requested rules differ', () => {
    const looser = { dotsPerParticipant: 8, maxPerPriority: 4 };
    expect(rulesLocked(config, looser, true)).toBe(true);
    expect(rulesLocked(config, { dotsPerParticipant: 3, maxPerPriority: 1 }, true)).toBe(true);
    expect(rulesLocked(config, config, true)).toBe(false);
    expect(rulesLocked(config, looser, false)).toBe(false);
    expect(rulesLocked(null, looser, false)).toBe(false);
  });
});
