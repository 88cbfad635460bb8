/** A bucket's size (the burst it allows) and how fast it fills again. */
export interface Rate {
  burst: number;
  perSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets by key: each take costs one token, tokens come back at `perSecond` up to `burst`.
 * Kept here rather than as a dependency: the whole rule is a few lines, and it runs on every
 * socket event, so it must stay synchronous and allocation-free on the accepted path.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a token for `key`; false (and nothing taken) when its bucket is empty. */
  take(key: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(key);
    if (!bucket) {
      this.buckets.set(key, { tokens: this.rate.burst - 1, at: now });
      return true;
    }
    bucket.tokens = Math.min(
      this.rate.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.rate.perSecond,
    );
    bucket.at = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Forgets buckets that have filled up again: they behave exactly like new ones. */
  sweep(): void {
    const now = this.now();
    const fullAfterMs = (this.rate.burst / this.rate.perSecond) * 1000;
    for (const [key, bucket] of this.buckets) if (now - bucket.at >= fullAfterMs) this.buckets.delete(key);
  }

  get size(): number {
    return this.buckets.size;
  }
}
