import type { ErrorCode } from '../protocol/errors.ts';
import { dialoguePhase } from './dialogue.ts';
import type { DialogueWindow } from './settings.ts';
import type { ActivityStatus } from './workshop.ts';

/**
 * Whether a participant may remove their own contributions now, and if not, why.
 *
 * "While the workshop is open": a dialogue with dates has ended at its closing time; a workshop in
 * the room has ended once every activity on its agenda is closed (nothing open, nothing still to
 * come). Up to then a participant may take back what they gave, also in an activity that is
 * already closed: it is their data, and the results are counted again for everyone. After the end
 * the contributions are the workshop's record (results read out, exported, perhaps public
 * records), so they stay. A facilitator who opens an activity again opens the workshop again.
 */
export function ownRemovalRefusal(
  statuses: readonly ActivityStatus[],
  dialogue: DialogueWindow | null,
  now: number,
): ErrorCode | null {
  const phase = dialoguePhase(dialogue, now);
  if (phase === 'after') return 'WORKSHOP_ENDED';
  if (phase === 'before') return 'DIALOGUE_CLOSED';
  if (statuses.length > 0 && statuses.every((s) => s === 'closed')) return 'WORKSHOP_ENDED';
  return null;
}
