import { describe, expect, it } from 'vitest';
import { clockText, timerNotice } from '../../../../client/views/timerText.ts';
import type { TimerView } from '../../../../shared/domain/timer.ts';

const view = (over: Partial<TimerView>): TimerView => ({
  status: 'running',
  remainingMs: 60_000,
  warning: false,
  closeOnEnd: true,
  ...over,
});
const open = { status: 'open', locked: false } as const;
/** A dot voting has results; a list has none. */
const dots = { results: true };
const list = { results: false };

describe('client/views/timerText', () => {
  it('shows minutes and seconds, rounding a started second up, when under an hour', () => {
    expect(clockText(5 * 60_000)).toBe('05:00');
    expect(clockText(4 * 60_000 + 59_001)).toBe('05:00');
    expect(clockText(4 * 60_000 + 59_000)).toBe('04:59');
    expect(clockText(999)).toBe('00:01');
    expect(clockText(0)).toBe('00:00');
    expect(clockText(-5)).toBe('00:00');
  });

  it('shows hours too when an hour or more is left', () => {
    expect(clockText(60 * 60_000)).toBe('1:00:00');
    expect(clockText(3 * 60 * 60_000 - 1000)).toBe('2:59:59');
  });

  it('says nothing while there is no timer or no warning yet', () => {
    expect(timerNotice(null, open, dots)).toBeNull();
    expect(timerNotice(view({}), open, dots)).toBeNull();
    expect(timerNotice(view({ status: 'paused' }), open, list)).toBeNull();
  });

  it('says what closes when the warning starts and the timer closes an open activity', () => {
    expect(timerNotice(view({ warning: true }), open, dots)).toBe('warnVote');
    expect(timerNotice(view({ warning: true }), open, list)).toBe('warnAnswers');
    expect(timerNotice(view({ warning: true }), open, null)).toBe('warnAnswers');
  });

  it('says only that time is nearly up when nothing will close', () => {
    expect(timerNotice(view({ warning: true, closeOnEnd: false }), open, dots)).toBe('warnTime');
    expect(timerNotice(view({ warning: true, closeOnEnd: false }), open, list)).toBe('warnTime');
    // Already closed, not yet opened, or locked: the end closes nothing people could still do.
    for (const status of ['closed', 'draft'] as const)
      expect(timerNotice(view({ warning: true }), { status, locked: false }, dots)).toBe('warnTime');
    expect(timerNotice(view({ warning: true }), { status: 'open', locked: true }, list)).toBe('warnTime');
    expect(timerNotice(view({ warning: true }), null, null)).toBe('warnTime');
  });

  it('says time is up when the timer has ended', () => {
    expect(timerNotice(view({ status: 'ended', remainingMs: 0 }), open, dots)).toBe('ended');
    expect(timerNotice(view({ status: 'ended', remainingMs: 0, closeOnEnd: false }), null, null)).toBe(
      'ended',
    );
  });
});
