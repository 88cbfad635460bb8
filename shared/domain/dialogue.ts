import type { DialogueWindow } from './settings.ts';

/**
 * Where an open dialogue stands at `now` (ms since the epoch): `live` for a workshop without a
 * window (run in the room), else before, during or after it. Opening is inclusive, closing is not:
 * at `closesAt` sharp the dialogue has closed.
 */
export type DialoguePhase = 'live' | 'before' | 'open' | 'after';

export function dialoguePhase(window: DialogueWindow | null, now: number): DialoguePhase {
  if (!window) return 'live';
  if (now < Date.parse(window.opensAt)) return 'before';
  if (now >= Date.parse(window.closesAt)) return 'after';
  return 'open';
}

/** Whether participants may answer, post or vote now: always in a live workshop, else in the window. */
export const dialogueAccepts = (window: DialogueWindow | null, now: number): boolean => {
  const phase = dialoguePhase(window, now);
  return phase === 'live' || phase === 'open';
};
