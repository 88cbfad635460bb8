import { describe, expect, it } from 'vitest';
import { TokenBuckets } from '../../../../server/realtime/tokenBucket.ts';

describe('server/realtime/tokenBucket', () => {
  const clock = () => {
    let t = 0;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it('allows a burst, then refuses until tokens come back', () => {
    const c = clock();
    const b = new TokenBuckets({ burst: 3, perSecond: 2 }, c.now);
    expect([b.take('a'), b.take('a'), b.take('a'), b.take('a')]).toEqual([true, true, true, false]);
    c.advance(499);
    expect(b.take('a')).toBe(false);
    c.advance(1);
    expect(b.take('a')).toBe(true);
    expect(b.take('a')).toBe(false);
  });

  it('keeps one bucket per key', () => {
    const c = clock();
    const b = new TokenBuckets({ burst: 1, perSecond: 1 }, c.now);
    expect(b.take('a')).toBe(true);
    expect(b.take('a')).toBe(false);
    expect(b.take('b')).toBe(true);
  });

  it('never fills past the burst however long a key was idle', () => {
    const c = clock();
    const b = new TokenBuckets({ burst: 2, perSecond: 10 }, c.now);
    b.take('a');
    c.advance(60_000);
    expect([b.take('a'), b.take('a'), b.take('a')]).toEqual([true, true, false]);
  });

  it('forgets only buckets that have filled up again when swept', () => {
    const c = clock();
    const b = new TokenBuckets({ burst: 2, perSecond: 1 }, c.now);
    b.take('a');
    c.advance(1500);
    b.take('b');
    c.advance(500);
    b.sweep();
    expect(b.size).toBe(1);
    expect([b.take('b'), b.take('b')]).toEqual([true, false]);
  });
});
