import { fail, ok, type Result } from '../../shared/domain/result.ts';
import { applyTimer, end, isDue, type TimerCommand, type TimerState } from '../../shared/domain/timer.ts';
import type { TimerRepo } from '../db/timerRepo.ts';
import type { Log } from '../log.ts';
import type { ActivityService } from './activityService.ts';
import type { AgendaService } from './agendaService.ts';

/** setTimeout's longest delay; a longer one would fire at once, so long waits are re-armed. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** What a timer belongs to, and what closes when one with `closeOnEnd` runs out. */
export interface TimerTarget {
  exists(activityId: string): boolean;
  closeContributions(activityId: string): void;
}

export type TimerListener = (activityId: string, timer: TimerState | null) => void;

/**
 * The facilitation timer put to work: load → pure rule (shared/domain/timer.ts) → store → tell
 * listeners, plus one scheduled end per running timer. The stored timer is the truth, so a
 * restart arms the running ones again and applies ends that passed while the server was down.
 */
export class TimerService {
  private readonly armed = new Map<string, NodeJS.Timeout>();
  /** Stored timers as last read or written (only this service writes them): every join asks. */
  private readonly cache = new Map<string, TimerState | null>();
  private readonly listeners: TimerListener[] = [];

  constructor(
    private readonly repo: TimerRepo,
    private readonly target: TimerTarget,
    private readonly log: Log,
    private readonly now: () => number = Date.now,
  ) {}

  onChange(listener: TimerListener): void {
    this.listeners.push(listener);
  }

  /** The stored timer, its end applied first when that is due (a command may beat the scheduler). */
  current(activityId: string): TimerState | null {
    const timer = this.load(activityId);
    return timer && isDue(timer, this.now()) ? this.finish(activityId, timer) : timer;
  }

  command(activityId: string, command: TimerCommand): Result<null> {
    if (!this.target.exists(activityId)) return fail('NOT_FOUND');
    const next = applyTimer(this.current(activityId), command, this.now());
    if (!next.ok) return next;
    this.store(activityId, next.value);
    this.arm(activityId, next.value);
    this.emit(activityId, next.value);
    return ok(null);
  }

  /** At start-up, before anyone connects. */
  restore(): void {
    for (const { activityId, timer } of this.repo.all()) {
      if (isDue(timer, this.now())) this.finish(activityId, timer);
      else this.arm(activityId, timer);
    }
  }

  /** The activity is being deleted; its row (and timer) go with it. */
  forget(activityId: string): void {
    this.disarm(activityId);
    this.cache.delete(activityId);
  }

  /** The activity is back (its workshop restored): a timer still running is armed again. */
  resume(activityId: string): void {
    this.cache.delete(activityId);
    this.arm(activityId, this.current(activityId));
  }

  /** Before the database closes: no end may fire into a closed database. */
  close(): void {
    for (const activityId of [...this.armed.keys()]) this.disarm(activityId);
  }

  private arm(activityId: string, timer: TimerState | null): void {
    this.disarm(activityId);
    if (!timer || timer.ended || timer.endsAt === null) return;
    const delay = Math.min(MAX_DELAY_MS, Math.max(0, timer.endsAt - this.now()));
    const handle = setTimeout(() => this.fire(activityId), delay);
    handle.unref();
    this.armed.set(activityId, handle);
  }

  private disarm(activityId: string): void {
    clearTimeout(this.armed.get(activityId));
    this.armed.delete(activityId);
  }

  private fire(activityId: string): void {
    this.armed.delete(activityId);
    try {
      const timer = this.load(activityId);
      if (!timer) return;
      // Woken before the end (a wait longer than setTimeout allows): wait again.
      if (isDue(timer, this.now())) this.finish(activityId, timer);
      else this.arm(activityId, timer);
    } catch (error) {
      // A throw here would end the process: everyone else's workshop must go on.
      this.log.warn('timer end failed', { error: error instanceof Error ? error.stack : String(error) });
    }
  }

  private finish(activityId: string, timer: TimerState): TimerState {
    this.disarm(activityId);
    // Closing before the end is stored: after a crash in between, the end is applied again at
    // start, and closing what is already closed changes nothing.
    if (timer.closeOnEnd) this.target.closeContributions(activityId);
    const ended = end(timer);
    this.store(activityId, ended);
    this.emit(activityId, ended);
    return ended;
  }

  private load(activityId: string): TimerState | null {
    let timer = this.cache.get(activityId);
    if (timer === undefined) {
      timer = this.repo.get(activityId);
      this.cache.set(activityId, timer);
    }
    return timer;
  }

  private store(activityId: string, timer: TimerState | null): void {
    this.repo.set(activityId, timer);
    this.cache.set(activityId, timer);
  }

  private emit(activityId: string, timer: TimerState | null): void {
    for (const listener of this.listeners) listener(activityId, timer);
  }
}

/** A timer belongs to an activity, and its end closes that activity's contributions. */
export function activityTimerTarget(activities: ActivityService, agenda: AgendaService): TimerTarget {
  return {
    exists: (activityId) => activities.activity(activityId) !== null,
    closeContributions: (activityId) => agenda.closeContributions(activityId),
  };
}
