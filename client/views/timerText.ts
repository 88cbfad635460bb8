import type { Capabilities } from '../../shared/domain/control.ts';
import type { TimerView } from '../../shared/domain/timer.ts';
import type { ActivitySummary } from '../../shared/domain/workshop.ts';

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
 * `activity` is the one the timer belongs to: at the end it closes, if it is open and people can
 * still contribute (a locked list takes no edits already). One with results (`caps`) is a vote.
 */
export function timerNotice(
  view: TimerView | null,
  activity: Pick<ActivitySummary, 'status' | 'locked'> | null,
  caps: Pick<Capabilities, 'results'> | null,
): TimerNotice {
  if (!view) return null;
  if (view.status === 'ended') return 'ended';
  if (!view.warning) return null;
  if (view.closeOnEnd && activity?.status === 'open' && !activity.locked)
    return caps?.results ? 'warnVote' : 'warnAnswers';
  return 'warnTime';
}
