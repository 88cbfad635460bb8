import { applyTimer, end, isDue, type TimerCommand, type TimerState } from '../../shared/domain/timer.ts';
import type { TimerRepo } from '../db/timerRepo.ts';
import type { ControlCommand } from '../domain/control.ts';
import { fail, ok, type Result } from '../domain/result.ts';
import type { Log } from '../log.ts';
import type { WorkshopService } from './workshopService.ts';

/** setTimeout's longest delay; a longer one would fire at once, so long waits are re-armed. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** What a timer belongs to, and what closes when one with `closeOnEnd` runs out. */
export interface TimerTarget {
  exists(workshopId: string): boolean;
  closeContributions(workshopId: string): void;
}

export type TimerListener = (workshopId: string, timer: TimerState | null) => void;

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
  current(workshopId: string): TimerState | null {
    const timer = this.load(workshopId);
    return timer && isDue(timer, this.now()) ? this.finish(workshopId, timer) : timer;
  }

  command(workshopId: string, command: TimerCommand): Result<null> {
    if (!this.target.exists(workshopId)) return fail('NOT_FOUND');
    const next = applyTimer(this.current(workshopId), command, this.now());
    if (!next.ok) return next;
    this.store(workshopId, next.value);
    this.arm(workshopId, next.value);
    this.emit(workshopId, next.value);
    return ok(null);
  }

  /** At start-up, before anyone connects. */
  restore(): void {
    for (const { workshopId, timer } of this.repo.all()) {
      if (isDue(timer, this.now())) this.finish(workshopId, timer);
      else this.arm(workshopId, timer);
    }
  }

  /** The workshop is being deleted; its row (and timer) go with it. */
  forget(workshopId: string): void {
    this.disarm(workshopId);
    this.cache.delete(workshopId);
  }

  /** Before the database closes: no end may fire into a closed database. */
  close(): void {
    for (const workshopId of [...this.armed.keys()]) this.disarm(workshopId);
  }

  private arm(workshopId: string, timer: TimerState | null): void {
    this.disarm(workshopId);
    if (!timer || timer.ended || timer.endsAt === null) return;
    const delay = Math.min(MAX_DELAY_MS, Math.max(0, timer.endsAt - this.now()));
    const handle = setTimeout(() => this.fire(workshopId), delay);
    handle.unref();
    this.armed.set(workshopId, handle);
  }

  private disarm(workshopId: string): void {
    clearTimeout(this.armed.get(workshopId));
    this.armed.delete(workshopId);
  }

  private fire(workshopId: string): void {
    this.armed.delete(workshopId);
    try {
      const timer = this.load(workshopId);
      if (!timer) return;
      // Woken before the end (a wait longer than setTimeout allows): wait again.
      if (isDue(timer, this.now())) this.finish(workshopId, timer);
      else this.arm(workshopId, timer);
    } catch (error) {
      // A throw here would end the process: everyone else's workshop must go on.
      this.log.warn('timer end failed', { error: error instanceof Error ? error.stack : String(error) });
    }
  }

  private finish(workshopId: string, timer: TimerState): TimerState {
    this.disarm(workshopId);
    // Closing before the end is stored: after a crash in between, the end is applied again at
    // start, and closing what is already closed changes nothing.
    if (timer.closeOnEnd) this.target.closeContributions(workshopId);
    const ended = end(timer);
    this.store(workshopId, ended);
    this.emit(workshopId, ended);
    return ended;
  }

  private load(workshopId: string): TimerState | null {
    let timer = this.cache.get(workshopId);
    if (timer === undefined) {
      timer = this.repo.get(workshopId);
      this.cache.set(workshopId, timer);
    }
    return timer;
  }

  private store(workshopId: string, timer: TimerState | null): void {
    this.repo.set(workshopId, timer);
    this.cache.set(workshopId, timer);
  }

  private emit(workshopId: string, timer: TimerState | null): void {
    for (const listener of this.listeners) listener(workshopId, timer);
  }
}

/**
 * Today a timer belongs to the workshop, and its end closes the one activity: the vote while
 * voting, editing while collecting. A closed vote has nothing left to close.
 */
export function workshopTimerTarget(workshops: WorkshopService): TimerTarget {
  return {
    exists: (workshopId) => workshops.control(workshopId) !== null,
    closeContributions: (workshopId) => {
      const control = workshops.control(workshopId);
      const closing: ControlCommand | null =
        control?.phase === 'voting'
          ? { type: 'closeVote' }
          : control?.phase === 'collect' && !control.locked
            ? { type: 'lock', locked: true }
            : null;
      if (closing) workshops.command(workshopId, closing);
    },
  };
}
