import { allowedActions, type ControlState, rulesLocked } from '../../shared/domain/control.ts';
import type { VoteConfig } from '../../shared/domain/workshop.ts';
import { fail, ok, type Result } from './result.ts';

export type Control = ControlState;

export type ControlCommand =
  | { type: 'lock'; locked: boolean }
  | { type: 'openVote'; config: VoteConfig; resetVotes: boolean }
  | { type: 'closeVote' }
  | { type: 'reveal'; revealed: boolean }
  | { type: 'collect' };

/** What the service knows from storage that a command's rule depends on. */
export interface ControlFacts {
  dotsStored: boolean;
}

/**
 * The facilitator's state machine: collect → voting → closed, back to collect or voting again.
 * Which command is possible in which phase is `allowedActions`, shared with the control room.
 * With `resetVotes` the caller deletes the stored dots in the same transaction that stores this.
 */
export function applyControl(state: Control, command: ControlCommand, facts: ControlFacts): Result<Control> {
  if (!allowedActions(state).includes(command.type)) return fail('WRONG_PHASE');
  switch (command.type) {
    case 'lock':
      return ok({ ...state, locked: command.locked });
    case 'openVote':
      if (command.config.maxPerPriority > command.config.dotsPerParticipant) return fail('VALIDATION');
      if (!command.resetVotes && rulesLocked(state.vote, command.config, facts.dotsStored))
        return fail('VOTE_RULES_LOCKED');
      return ok({ ...state, phase: 'voting', vote: command.config, revealed: false });
    case 'closeVote':
      return ok({ ...state, phase: 'closed' });
    case 'reveal':
      return ok({ ...state, revealed: command.revealed });
    case 'collect':
      return ok({ ...state, phase: 'collect', revealed: false });
  }
}
