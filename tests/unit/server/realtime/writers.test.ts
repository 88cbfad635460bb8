import { describe, expect, it } from 'vitest';
import { WRITING_HOLD_MS, WritersTracker } from '../../../../server/realtime/writers.ts';

const anna = { id: 'p1', name: 'Anna', sector: 'public' as const };
const bo = { id: 'p2', name: null, sector: 'business' as const };

describe('realtime/writers', () => {
  it('lists each writer once per item when they keep typing', () => {
    let now = 0;
    const w = new WritersTracker(() => now);
    expect(w.touch('w', 'a', anna)).toBe(true);
    now += 100;
    expect(w.touch('w', 'a', anna)).toBe(false);
    expect(w.touch('w', 'a', bo)).toBe(true);
    expect(w.touch('w', 'b', bo)).toBe(true);
    expect(w.of('w')).toEqual({ a: [anna, bo], b: [bo] });
    expect(w.of('other')).toEqual({});
  });

  it('drops a writer who paused and reports the workshop once when the hold runs out', () => {
    let now = 0;
    const w = new WritersTracker(() => now);
    w.touch('w', 'a', anna);
    now = WRITING_HOLD_MS - 1;
    w.touch('w', 'a', bo);
    expect(w.expire()).toEqual([]);
    now = WRITING_HOLD_MS;
    expect(w.expire()).toEqual(['w']);
    expect(w.of('w')).toEqual({ a: [bo] });
    now = 2 * WRITING_HOLD_MS;
    expect(w.expire()).toEqual(['w']);
    expect(w.of('w')).toEqual({});
    expect(w.active).toBe(false);
    expect(w.expire()).toEqual([]);
  });

  it('forgets a deleted workshop', () => {
    const w = new WritersTracker(() => 0);
    w.touch('w', 'a', anna);
    w.forget('w');
    expect(w.of('w')).toEqual({});
    expect(w.active).toBe(false);
  });
});
