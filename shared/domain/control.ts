import type { VoteConfig, WorkshopState } from './workshop.ts';

/** The facilitator's commands, one name each (the command's `type` on the server). */
export const CONTROL_ACTIONS = ['lock', 'openVote', 'closeVote', 'reveal', 'collect'] as const;
export type ControlAction = (typeof CONTROL_ACTIONS)[number];

export type ControlState = Pick<WorkshopState, 'phase' | 'locked' | 'revealed' | 'vote'>;

const BY_PHASE: Record<ControlState['phase'], readonly ControlAction[]> = {
  collect: ['lock', 'openVote'],
  // Results may go to the projector while people still vote; collecting again needs a closed vote.
  voting: ['lock', 'closeVote', 'reveal'],
  closed: ['lock', 'openVote', 'reveal', 'collect'],
};

/**
 * What the facilitator may do now. The server refuses every other action (WRONG_PHASE) and the
 * control room offers exactly these, so no button there can lead to a refusal by phase.
 */
export function allowedActions(control: ControlState): readonly ControlAction[] {
  return BY_PHASE[control.phase];
}

export function sameRules(a: VoteConfig, b: VoteConfig): boolean {
  return a.dotsPerParticipant === b.dotsPerParticipant && a.maxPerPriority === b.maxPerPriority;
}

/**
 * Stored dots were placed under the stored rules, so new rules need them cleared first
 * (`resetVotes`); reopening with the same rules keeps them.
 */
export function rulesLocked(current: VoteConfig | null, requested: VoteConfig, dotsStored: boolean): boolean {
  return dotsStored && current !== null && !sameRules(current, requested);
}
