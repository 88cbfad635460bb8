import { describe, expect, it } from 'vitest';
import {
  applyTimer,
  end,
  extend,
  isDue,
  pause,
  remaining,
  resume,
  start,
  stop,
  TIMER_LIMITS,
  type TimerAction,
  type TimerCommand,
  type TimerState,
  timerActions,
  timerStatus,
  timerView,
  warningAt,
} from '../../../../shared/domain/timer.ts';

const T0 = 1_700_000_000_000;
const MIN = 60_000;

const running = start(5 * MIN, true, T0);
const paused = pause(running, T0 + MIN);
const ended = end(running);

/** One command of each kind; the type makes sure none is missing. */
const COMMANDS: Record<TimerAction, TimerCommand> = {
  start: { type: 'start', durationMs: 3 * MIN, closeOnEnd: false },
  pause: { type: 'pause' },
  resume: { type: 'resume' },
  extend: { type: 'extend', byMs: MIN },
  stop: { type: 'stop' },
};

describe('shared/domain/timer', () => {
  it('runs for the duration from now when started', () => {
    expect(running).toEqual({
      durationMs: 5 * MIN,
      endsAt: T0 + 5 * MIN,
      remainingMs: 5 * MIN,
      closeOnEnd: true,
      ended: false,
    });
    expect(timerStatus(running)).toBe('running');
    expect(remaining(running, T0 + 2 * MIN)).toBe(3 * MIN);
  });

  it('never counts below zero when the end has passed', () => {
    expect(remaining(running, T0 + 6 * MIN)).toBe(0);
  });

  it('keeps what was left and stops counting when paused', () => {
    expect(paused).toEqual({ ...running, endsAt: null, remainingMs: 4 * MIN });
    expect(timerStatus(paused)).toBe('paused');
    expect(remaining(paused, T0 + 60 * MIN)).toBe(4 * MIN);
  });

  it('continues from what was left when resumed', () => {
    const later = T0 + 10 * MIN;
    const resumed = resume(paused, later);
    expect(resumed).toMatchObject({ endsAt: later + 4 * MIN, ended: false });
    expect(timerStatus(resumed)).toBe('running');
    expect(remaining(resumed, later + MIN)).toBe(3 * MIN);
  });

  it('adds to the remaining time and the duration when a running timer is extended', () => {
    const longer = extend(running, MIN, T0 + 2 * MIN);
    expect(longer).toMatchObject({ durationMs: 6 * MIN, endsAt: T0 + 6 * MIN, remainingMs: 4 * MIN });
    expect(remaining(longer, T0 + 2 * MIN)).toBe(4 * MIN);
  });

  it('adds to the remaining time and the duration when a paused timer is extended', () => {
    const longer = extend(paused, MIN, T0 + 30 * MIN);
    expect(longer).toEqual({ ...paused, durationMs: 6 * MIN, remainingMs: 5 * MIN });
    expect(timerStatus(longer)).toBe('paused');
  });

  it('adds to what is left now when a running timer is extended after its end passed', () => {
    const longer = extend(running, MIN, T0 + 7 * MIN);
    expect(remaining(longer, T0 + 7 * MIN)).toBe(MIN);
  });

  it('never leaves more than the longest timer when extended again and again', () => {
    let t = start(TIMER_LIMITS.maxMs - MIN, false, T0);
    for (let i = 0; i < 5; i++) t = extend(t, TIMER_LIMITS.extendMaxMs, T0);
    expect(remaining(t, T0)).toBe(TIMER_LIMITS.maxMs);
    expect(t.durationMs).toBe(TIMER_LIMITS.maxMs);
  });

  it('starts again with the extra time alone when an ended timer is extended', () => {
    const again = extend(ended, 2 * MIN, T0 + 20 * MIN);
    expect(again).toEqual(start(2 * MIN, true, T0 + 20 * MIN));
    expect(timerStatus(again)).toBe('running');
  });

  it('has nothing left and no end time when ended', () => {
    expect(ended).toEqual({ ...running, endsAt: null, remainingMs: 0, ended: true });
    expect(timerStatus(ended)).toBe('ended');
    expect(remaining(ended, T0)).toBe(0);
  });

  it('is due only while running and only from its end time on', () => {
    expect(isDue(running, T0 + 5 * MIN - 1)).toBe(false);
    expect(isDue(running, T0 + 5 * MIN)).toBe(true);
    expect(isDue(running, T0 + 50 * MIN)).toBe(true);
    expect(isDue(paused, T0 + 50 * MIN)).toBe(false);
    expect(isDue(ended, T0 + 50 * MIN)).toBe(false);
  });

  it('is gone when stopped', () => {
    expect(stop()).toBeNull();
  });

  it('warns 30 s before the end, or at half of a run shorter than a minute', () => {
    expect(warningAt({ durationMs: 10 * MIN })).toBe(30_000);
    expect(warningAt({ durationMs: MIN })).toBe(30_000);
    expect(warningAt({ durationMs: 40_000 })).toBe(20_000);
    expect(warningAt({ durationMs: 10_000 })).toBe(5_000);
  });

  it('shows the warning from the warning time on, not before and not once ended', () => {
    expect(timerView(running, T0 + 5 * MIN - 30_001)).toEqual({
      status: 'running',
      remainingMs: 30_001,
      warning: false,
      closeOnEnd: true,
    });
    expect(timerView(running, T0 + 5 * MIN - 30_000).warning).toBe(true);
    expect(timerView(running, T0 + 5 * MIN).warning).toBe(true);
    expect(timerView(pause(running, T0 + 5 * MIN - 1000), T0 + 9 * MIN)).toMatchObject({
      status: 'paused',
      remainingMs: 1000,
      warning: true,
    });
    expect(timerView(ended, T0 + 9 * MIN)).toEqual({
      status: 'ended',
      remainingMs: 0,
      warning: false,
      closeOnEnd: true,
    });
  });

  it('offers exactly the actions of each status', () => {
    expect(timerActions(null)).toEqual(['start']);
    expect(timerActions(running)).toEqual(['start', 'pause', 'extend', 'stop']);
    expect(timerActions(paused)).toEqual(['start', 'resume', 'extend', 'stop']);
    expect(timerActions(ended)).toEqual(['start', 'extend', 'stop']);
  });

  it('applies every allowed command and refuses every other with WRONG_PHASE', () => {
    const now = T0 + 2 * MIN;
    const states: Array<TimerState | null> = [null, running, paused, ended];
    for (const state of states) {
      for (const command of Object.values(COMMANDS)) {
        const outcome = applyTimer(state, command, now);
        if (!timerActions(state).includes(command.type)) {
          expect(outcome, `${command.type} on ${state && timerStatus(state)}`).toEqual({
            ok: false,
            code: 'WRONG_PHASE',
          });
          continue;
        }
        const expected =
          command.type === 'start'
            ? start(command.durationMs, command.closeOnEnd, now)
            : command.type === 'pause'
              ? pause(state as TimerState, now)
              : command.type === 'resume'
                ? resume(state as TimerState, now)
                : command.type === 'extend'
                  ? extend(state as TimerState, command.byMs, now)
                  : null;
        expect(outcome).toEqual({ ok: true, value: expected });
      }
    }
  });
});
