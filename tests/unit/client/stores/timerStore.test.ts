import { afterEach, describe, expect, it } from 'vitest';
import { useTimerStore } from '../../../../client/stores/timerStore.ts';
import { remaining, start } from '../../../../shared/domain/timer.ts';

describe('client/stores/timerStore', () => {
  afterEach(() => useTimerStore.getState().reset());

  it('counts on the server clock when the device clock is off', () => {
    const deviceAhead = 90_000;
    const serverNow = Date.now() - deviceAhead;
    const timer = start(5 * 60_000, false, serverNow);

    useTimerStore.getState().received('list-1', timer, serverNow);

    const { skew, timers } = useTimerStore.getState();
    expect(timers['list-1']).toEqual(timer);
    const left = remaining(timer, Date.now() + skew);
    expect(left).toBeLessThanOrEqual(5 * 60_000);
    expect(left).toBeGreaterThan(4 * 60_000);
    expect(remaining(timer, Date.now())).toBeLessThan(4 * 60_000);
  });

  it('keeps each activity its own timer and drops one when it is stopped', () => {
    const now = Date.now();
    const a = start(60_000, true, now);
    const b = start(120_000, false, now);
    useTimerStore.getState().received('a', a, now);
    useTimerStore.getState().received('b', b, now);
    expect(useTimerStore.getState().timers).toEqual({ a, b });

    useTimerStore.getState().received('a', null, now);

    expect(useTimerStore.getState().timers).toEqual({ b });
  });

  it('replaces every timer when a snapshot arrives, leaving out those it does not name', () => {
    const now = Date.now();
    useTimerStore.getState().received('old', start(60_000, true, now), now);
    const fresh = start(30_000, false, now);

    useTimerStore.getState().receivedAll({ fresh }, now - 5000);

    expect(useTimerStore.getState()).toMatchObject({ timers: { fresh } });
    expect(useTimerStore.getState().skew).toBeLessThanOrEqual(-5000);
  });

  it('forgets every timer when reset', () => {
    useTimerStore.getState().received('a', start(60_000, true, Date.now()), Date.now());
    useTimerStore.getState().reset();
    expect(useTimerStore.getState()).toMatchObject({ timers: {}, skew: 0 });
  });
});
