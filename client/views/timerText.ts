import type { TimerView } from '../../shared/domain/timer.ts';
import type { WorkshopState } from '../../shared/domain/workshop.ts';

/** mm:ss, h:mm:ss from an hour. Seconds round up, so 00:00 shows only once the time is up. */
export function clockText(ms: number): string {
  const s = Math.ceil(Math.max(0, ms) / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const mmss = `${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

/** What the status region says; it changes, and so is announced, only when this changes. */
export type TimerNotice = 'warnVote' | 'warnAnswers' | 'warnTime' | 'ended' | null;

/**
 * Told once when the warning starts (with what will close, when something will) and once at
 * the end; never each second (WCAG 2.2.1, and 4.1.3 without flooding a screen reader).
 */
export function timerNotice(
  view: TimerView | null,
  state: Pick<WorkshopState, 'phase' | 'locked'> | null,
): TimerNotice {
  if (!view) return null;
  if (view.status === 'ended') return 'ended';
  if (!view.warning) return null;
  if (view.closeOnEnd && state?.phase === 'voting') return 'warnVote';
  if (view.closeOnEnd && state?.phase === 'collect' && !state.locked) return 'warnAnswers';
  return 'warnTime';
}
