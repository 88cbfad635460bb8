import { afterEach, describe, expect, it } from 'vitest';
import { useTimerStore } from '../../../../client/stores/timerStore.ts';
import { remaining, start } from '../../../../shared/domain/timer.ts';

describe('client/stores/timerStore', () => {
  afterEach(() => useTimerStore.getState().reset());

  it('counts on the server clock when the device clock is off', () => {
    const deviceAhead = 90_000;
    const serverNow = Date.now() - deviceAhead;
    const timer = start(5 * 60_000, false, serverNow);

    useTimerStore.getState().received(timer, serverNow);

    const { skew } = useTimerStore.getState();
    const left = remaining(timer, Date.now() + skew);
    expect(left).toBeLessThanOrEqual(5 * 60_000);
    expect(left).toBeGreaterThan(4 * 60_000);
    expect(remaining(timer, Date.now())).toBeLessThan(4 * 60_000);
  });

  it('forgets the timer when reset', () => {
    useTimerStore.getState().received(start(60_000, true, Date.now()), Date.now());
    useTimerStore.getState().reset();
    expect(useTimerStore.getState()).toMatchObject({ timer: null, skew: 0 });
  });
});
