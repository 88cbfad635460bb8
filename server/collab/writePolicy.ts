import { participantsMayEdit, type WorkshopState } from '../../shared/domain/workshop.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { WritePolicy } from './updateCheck.ts';

/** A connection's write policy, plus whether it may write at all right now. */
export interface ConnectionPolicy extends WritePolicy {
  mayWrite(): boolean;
}

type Control = Pick<WorkshopState, 'phase' | 'locked'>;

/**
 * A participant writes in the texts of the priorities they can see (not hidden, not merged away)
 * while the workshop collects and is unlocked, up to the length `priority:add` allows. Asked
 * again on every update: a lock or a hide applies to connections that are already open.
 */
export function participantPolicy(
  participantId: string,
  control: () => Control | null,
  visible: (key: string) => boolean,
): ConnectionPolicy {
  const refusal = (): ErrorCode | null => {
    const c = control();
    if (!c) return 'NOT_FOUND';
    if (c.locked) return 'LOCKED';
    if (!participantsMayEdit(c)) return 'WRONG_PHASE';
    return null;
  };
  return {
    owner: `p:${participantId}`,
    refuseText: (key) => refusal() ?? (visible(key) ? null : 'UNKNOWN_PRIORITY'),
    maxTextLength: LIMITS.priorityTextLength,
    mayWrite: () => refusal() === null,
  };
}

/**
 * A facilitator edits any text at any time, including merged texts longer than a participant may
 * write; the structural rules and the document bound still apply.
 */
export function facilitatorPolicy(facilitatorId: string): ConnectionPolicy {
  return { owner: `f:${facilitatorId}`, refuseText: () => null, maxTextLength: null, mayWrite: () => true };
}
