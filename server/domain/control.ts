import type { Phase, VoteConfig } from '../../shared/domain/workshop.ts';
import { fail, ok, type Result } from './result.ts';

export interface Control {
  phase: Phase;
  locked: boolean;
  revealed: boolean;
  vote: VoteConfig | null;
}

export type ControlCommand =
  | { type: 'lock'; locked: boolean }
  | { type: 'openVote'; config: VoteConfig }
  | { type: 'closeVote' }
  | { type: 'reveal'; revealed: boolean }
  | { type: 'collect' };

/**
 * The facilitator's state machine: collect → voting → closed, back to collect or voting again.
 * Reopening keeps the dots already placed; the service then keeps the earlier rules too,
 * since it knows whether any dots were stored.
 */
export function applyControl(state: Control, command: ControlCommand): Result<Control> {
  switch (command.type) {
    case 'lock':
      return ok({ ...state, locked: command.locked });
    case 'openVote':
      if (state.phase === 'voting') return fail('WRONG_PHASE');
      if (command.config.maxPerPriority > command.config.dotsPerParticipant) return fail('VALIDATION');
      return ok({ ...state, phase: 'voting', vote: command.config, revealed: false });
    case 'closeVote':
      if (state.phase !== 'voting') return fail('WRONG_PHASE');
      return ok({ ...state, phase: 'closed' });
    case 'reveal':
      if (state.vote === null) return fail('WRONG_PHASE');
      return ok({ ...state, revealed: command.revealed });
    case 'collect':
      if (state.phase === 'voting') return fail('WRONG_PHASE');
      return ok({ ...state, phase: 'collect', revealed: false });
  }
}
