/**
 * Counts events per key in fixed windows, in memory. Unlike express-rate-limit's middleware,
 * which refuses a request before the handler has seen it, the caller decides what to count and
 * when to refuse: failures only for codes and passwords, successes only for joins.
 */
export class WindowCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True once `limit` events were counted for the key in its current window. */
  full(key: string): boolean {
    const w = this.windows.get(key);
    return w !== undefined && w.resetAt > this.now() && w.count >= this.limit;
  }

  count(key: string): void {
    const now = this.now();
    const w = this.windows.get(key);
    if (w && w.resetAt > now) {
      w.count++;
      return;
    }
    if (this.windows.size >= 10_000) this.prune(now);
    this.windows.set(key, { count: 1, resetAt: now + this.windowMs });
  }

  /** Drops ended windows, so a flood of addresses cannot grow the map without end. */
  private prune(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}
