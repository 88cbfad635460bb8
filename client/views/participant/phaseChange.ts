import type { ActivitySummary } from '../../../shared/domain/workshop.ts';

export type PhaseWord = 'shown' | 'opened' | 'closed' | 'revealed' | 'hidden' | 'locked' | 'unlocked';

type Phase = Pick<ActivitySummary, 'id' | 'status' | 'locked' | 'revealed'>;

/**
 * What changed for the person looking at `next`, after `prev`: another activity on the screen,
 * or its status, lock or results. One word (the most important) per change, so the live region
 * says one sentence, not three.
 */
export function phaseChange(prev: Phase | null, next: Phase | null): PhaseWord | null {
  if (!next) return null;
  if (!prev || prev.id !== next.id) return prev ? 'shown' : null;
  if (prev.status !== next.status) return next.status === 'open' ? 'opened' : 'closed';
  if (prev.revealed !== next.revealed) return next.revealed ? 'revealed' : 'hidden';
  if (prev.locked !== next.locked) return next.locked ? 'locked' : 'unlocked';
  return null;
}
