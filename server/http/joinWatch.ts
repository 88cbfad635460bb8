import type { JoinWarning } from '../../shared/protocol/events.ts';
import { WindowCounter } from './windowCounter.ts';

export interface JoinWatchConfig {
  /** Joins from one address to one workshop within `burstMs` that look scripted. */
  burst: number;
  burstMs: number;
  /** Joins to one workshop whose participant opened no socket within `silentMs` that look scripted. */
  silent: number;
  silentMs: number;
}

/**
 * A hall of 150 behind one Wi-Fi address joins within a minute, about 25 per 10 s and rarely
 * more than 40; a script joins hundreds a second. A phone that joins opens the live page at
 * once; a script that only collects cookies never does.
 */
export const JOIN_WATCH: JoinWatchConfig = { burst: 60, burstMs: 10_000, silent: 25, silentMs: 60_000 };

/** One warning per reason and workshop per this long: the facilitator is told, not flooded. */
const QUIET_MS = 60_000;
/** Bounds memory per workshop when a script joins without end. */
const MAX_PENDING = 10_000;

/**
 * Watches joins for signs of a script and tells the facilitators (`joins:warning`): the join
 * ceilings hit, a burst from one address, or many joins whose phone never connected. In memory
 * only: addresses are keys of a counter that forgets them within `burstMs`, and never stored.
 */
export class JoinWatch {
  private readonly bursts: WindowCounter;
  /** Per workshop: participants who joined and have not connected yet, with when they joined. */
  private readonly pending = new Map<string, Map<string, number>>();
  private readonly warnedAt = new Map<string, number>();
  private readonly listeners: Array<(workshopId: string, warning: JoinWarning) => void> = [];
  private readonly joinedListeners: Array<(workshopId: string) => void> = [];
  private readonly sweep: NodeJS.Timeout;

  constructor(
    private readonly config: JoinWatchConfig = JOIN_WATCH,
    private readonly now: () => number = Date.now,
  ) {
    this.bursts = new WindowCounter(config.burst, config.burstMs, now);
    // The silent check also runs when joins stop: a script that joined 100 and went quiet.
    this.sweep = setInterval(() => this.checkAllSilent(), Math.max(1000, config.silentMs / 4));
    this.sweep.unref();
  }

  onWarning(listener: (workshopId: string, warning: JoinWarning) => void): void {
    this.listeners.push(listener);
  }

  /** Told of every new participant (the control room's "Har gått med" changes with no socket). */
  onJoined(listener: (workshopId: string) => void): void {
    this.joinedListeners.push(listener);
  }

  /** A new participant joined from `address` (a limit key, never stored). */
  joined(address: string, workshopId: string, participantId: string): void {
    const key = `${address}|${workshopId}`;
    this.bursts.count(key);
    if (this.bursts.full(key)) this.warn(workshopId, 'burst', this.config.burst);
    let waiting = this.pending.get(workshopId);
    if (!waiting) {
      waiting = new Map();
      this.pending.set(workshopId, waiting);
    }
    // Checked by the sweep, not here: a scan per join would cost most during a flood.
    if (waiting.size < MAX_PENDING) waiting.set(participantId, this.now());
    for (const listener of this.joinedListeners) listener(workshopId);
  }

  /** A join was refused by a ceiling (rateLimits.ts joinCeilings). */
  refused(workshopId: string): void {
    this.warn(workshopId, 'ceiling', null);
  }

  /** A participant's socket connected: a person with a phone, not a script. */
  connected(workshopId: string, participantId: string): void {
    const waiting = this.pending.get(workshopId);
    if (!waiting?.delete(participantId)) return;
    if (waiting.size === 0) this.pending.delete(workshopId);
  }

  forget(workshopId: string): void {
    this.pending.delete(workshopId);
    for (const key of [...this.warnedAt.keys()])
      if (key.startsWith(`${workshopId}|`)) this.warnedAt.delete(key);
  }

  stop(): void {
    clearInterval(this.sweep);
  }

  checkAllSilent(): void {
    for (const workshopId of [...this.pending.keys()]) this.checkSilent(workshopId);
  }

  private checkSilent(workshopId: string): void {
    const waiting = this.pending.get(workshopId);
    if (!waiting) return;
    const before = this.now() - this.config.silentMs;
    const silent = [...waiting].filter(([, at]) => at <= before).map(([id]) => id);
    if (silent.length >= this.config.silent) {
      // Counted once: the next warning needs as many new silent joins.
      for (const id of silent) waiting.delete(id);
      this.warn(workshopId, 'silent', silent.length);
    } else {
      // Too few to warn about, and too old to count towards a later warning: forgotten.
      const stale = before - this.config.silentMs;
      for (const [id, at] of waiting) if (at <= stale) waiting.delete(id);
    }
    if (waiting.size === 0) this.pending.delete(workshopId);
  }

  private warn(workshopId: string, reason: JoinWarning['reason'], count: number | null): void {
    const key = `${workshopId}|${reason}`;
    const now = this.now();
    const last = this.warnedAt.get(key);
    if (last !== undefined && now - last < QUIET_MS) return;
    this.warnedAt.set(key, now);
    for (const listener of this.listeners) listener(workshopId, { reason, count, at: now });
  }
}
