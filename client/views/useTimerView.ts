import { useEffect, useState } from 'react';
import { remaining, type TimerView, timerView } from '../../shared/domain/timer.ts';
import { useActivityTimer, useTimerStore } from '../stores/timerStore.ts';

/**
 * An activity's timer as it stands now on the server's clock, again each time the shown second
 * changes. One pending timeout per mounted display, only while running, cleared on unmount.
 */
export function useTimerView(activityId: string | null): TimerView | null {
  const timer = useActivityTimer(activityId);
  const skew = useTimerStore((s) => s.skew);
  const [, setTick] = useState(0);
  const view = timer && timerView(timer, Date.now() + skew);
  const running = view?.status === 'running';

  useEffect(() => {
    if (!timer || !running) return;
    let handle = 0;
    const next = () => {
      // Just after the next whole second of the remaining time, so no second is skipped or shown twice.
      const left = remaining(timer, Date.now() + skew);
      handle = window.setTimeout(
        () => {
          setTick((n) => n + 1);
          next();
        },
        (left % 1000 || 1000) + 10,
      );
    };
    next();
    return () => window.clearTimeout(handle);
  }, [timer, skew, running]);

  return view;
}
