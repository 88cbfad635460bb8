import { describe, expect, it } from 'vitest';
import { WindowCounter } from '../../../../server/http/windowCounter.ts';

describe('server/http/windowCounter', () => {
  it('is full once the limit is counted, and empty again when the window ends', () => {
    let now = 1_000;
    const counter = new WindowCounter(3, 60_000, () => now);
    for (let i = 0; i < 2; i++) counter.count('a');
    expect(counter.full('a')).toBe(false);
    counter.count('a');
    expect([counter.full('a'), counter.full('b')]).toEqual([true, false]);

    now += 59_999;
    expect(counter.full('a')).toBe(true);
    now += 1;
    expect(counter.full('a')).toBe(false);
    counter.count('a');
    expect(counter.full('a')).toBe(false);
  });

  it('forgets ended windows when many keys come and go', () => {
    let now = 0;
    const counter = new WindowCounter(1, 10, () => now);
    for (let i = 0; i < 10_000; i++) counter.count(`old${i}`);
    now = 10;
    counter.count('new');
    expect(counter.full('old0')).toBe(false);
    expect(counter.full('new')).toBe(true);
    expect((counter as unknown as { windows: Map<string, unknown> }).windows.size).toBe(1);
  });
});
