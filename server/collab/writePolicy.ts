import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { WritePolicy } from './updateCheck.ts';

/** A connection's write policy, plus whether it may write at all right now. */
export interface ConnectionPolicy extends WritePolicy {
  mayWrite(): boolean;
}

/**
 * A participant writes in the texts their activity's type allows (a list: the items they can see)
 * while the activity is open and unlocked, up to the type's length. `refusal(null)` asks about
 * writing at all. Asked again on every update: a lock or a hide applies to open connections.
 */
export function participantPolicy(
  participantId: string,
  refusal: (key: string | null) => ErrorCode | null,
  maxTextLength: number | null,
): ConnectionPolicy {
  return {
    owner: `p:${participantId}`,
    refuseText: (key) => refusal(key),
    maxTextLength,
    mayWrite: () => refusal(null) === null,
  };
}

/**
 * A facilitator edits any text at any time, including merged texts longer than a participant may
 * write; the structural rules and the document bound still apply.
 */
export function facilitatorPolicy(facilitatorId: string): ConnectionPolicy {
  return { owner: `f:${facilitatorId}`, refuseText: () => null, maxTextLength: null, mayWrite: () => true };
}

/** The projector link's: reads the texts, and any update it sends is refused whole. */
export function readOnlyPolicy(): ConnectionPolicy {
  return { owner: 'x:projector', refuseText: () => 'FORBIDDEN', maxTextLength: 0, mayWrite: () => false };
}
