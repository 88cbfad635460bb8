/**
 * The facilitation timer. Pure rules: the caller passes `now` (the server's epoch ms; a client
 * passes its own clock corrected by the server's, see client/stores/timerStore.ts).
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** What a facilitator may ask for; the schemas and the control room share these. */
export const TIMER_LIMITS = {
  minMs: 10 * SECOND,
  maxMs: 180 * MINUTE,
  extendMinMs: 10 * SECOND,
  extendMaxMs: 60 * MINUTE,
} as const;

/** People are told this long before the end at most (WCAG 2.2.1 Timing Adjustable). */
const WARNING_MS = 30 * SECOND;

export interface TimerState {
  /** The whole run with its extensions; the warning is measured from it. */
  durationMs: number;
  /** When the time runs out (server epoch ms) while running; null while paused or ended. */
  endsAt: number | null;
  /** Time left while paused, 0 once ended; while running, what was left when it last started. */
  remainingMs: number;
  /** At the end, the timer's activity closes (no more answers, votes or edits). */
  closeOnEnd: boolean;
  ended: boolean;
}

export type TimerStatus = 'running' | 'paused' | 'ended';

export type TimerCommand =
  | { type: 'start'; durationMs: number; closeOnEnd: boolean }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'extend'; byMs: number }
  | { type: 'stop' };
export type TimerAction = TimerCommand['type'];

/** Shaped like the server's Result, so the server passes it on as it is. */
export type TimerOutcome = { ok: true; value: TimerState | null } | { ok: false; code: 'WRONG_PHASE' };

export function timerStatus(t: TimerState): TimerStatus {
  if (t.ended) return 'ended';
  return t.endsAt === null ? 'paused' : 'running';
}

export function start(durationMs: number, closeOnEnd: boolean, now: number): TimerState {
  return { durationMs, endsAt: now + durationMs, remainingMs: durationMs, closeOnEnd, ended: false };
}

export function pause(t: TimerState, now: number): TimerState {
  return { ...t, endsAt: null, remainingMs: remaining(t, now) };
}

export function resume(t: TimerState, now: number): TimerState {
  return { ...t, endsAt: now + t.remainingMs };
}

/** More time, on top of what is left; an ended timer starts again with just `byMs`. */
export function extend(t: TimerState, byMs: number, now: number): TimerState {
  if (t.ended) return start(byMs, t.closeOnEnd, now);
  // Never more left than a timer may be started with, however often "+1 min" is pressed.
  const left = Math.min(TIMER_LIMITS.maxMs, remaining(t, now) + byMs);
  const added = left - remaining(t, now);
  return {
    ...t,
    durationMs: t.durationMs + added,
    remainingMs: left,
    endsAt: t.endsAt === null ? null : now + left,
  };
}

export function stop(): null {
  return null;
}

export function remaining(t: TimerState, now: number): number {
  if (t.ended) return 0;
  return t.endsAt === null ? t.remainingMs : Math.max(0, t.endsAt - now);
}

/** A running timer whose time is up but whose end has not been applied yet. */
export function isDue(t: TimerState, now: number): boolean {
  return !t.ended && t.endsAt !== null && now >= t.endsAt;
}

/** The end itself; closing contributions (`closeOnEnd`) is the caller's part. */
export function end(t: TimerState): TimerState {
  return { ...t, endsAt: null, remainingMs: 0, ended: true };
}

/** How long before the end the warning shows: 30 s, or half of a shorter run. */
export function warningAt(t: Pick<TimerState, 'durationMs'>): number {
  return Math.min(WARNING_MS, t.durationMs / 2);
}

/**
 * What a facilitator may do now; the control room offers exactly these. Starting replaces any
 * timer. A due timer counts as running here: the caller applies its end first (`isDue`).
 */
export function timerActions(t: TimerState | null): readonly TimerAction[] {
  if (t === null) return ['start'];
  switch (timerStatus(t)) {
    case 'running':
      return ['start', 'pause', 'extend', 'stop'];
    case 'paused':
      return ['start', 'resume', 'extend', 'stop'];
    case 'ended':
      return ['start', 'extend', 'stop'];
  }
}

export function applyTimer(t: TimerState | null, command: TimerCommand, now: number): TimerOutcome {
  if (!timerActions(t).includes(command.type)) return { ok: false, code: 'WRONG_PHASE' };
  const ok = (value: TimerState | null): TimerOutcome => ({ ok: true, value });
  switch (command.type) {
    case 'start':
      return ok(start(command.durationMs, command.closeOnEnd, now));
    case 'pause':
      return ok(t && pause(t, now));
    case 'resume':
      return ok(t && resume(t, now));
    case 'extend':
      return ok(t && extend(t, command.byMs, now));
    case 'stop':
      return ok(stop());
  }
}

/** What a screen shows at `now`. */
export interface TimerView {
  status: TimerStatus;
  remainingMs: number;
  /** Within the warning time before the end, and not ended. */
  warning: boolean;
  closeOnEnd: boolean;
}

export function timerView(t: TimerState, now: number): TimerView {
  const status = timerStatus(t);
  const remainingMs = remaining(t, now);
  return {
    status,
    remainingMs,
    warning: status !== 'ended' && remainingMs <= warningAt(t),
    closeOnEnd: t.closeOnEnd,
  };
}
