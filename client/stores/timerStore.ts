import { create } from 'zustand';
import type { TimerState } from '../../shared/domain/timer.ts';
import type { ByActivity } from '../../shared/protocol/events.ts';

interface TimerStore {
  /** Each activity's timer as the server last said; its times are on the server's clock. */
  timers: ByActivity<TimerState>;
  /** serverNow − Date.now() when the server last said it: Date.now() + skew is the server's clock. */
  skew: number;
  /** One activity's timer changed (`timer` event); null when it was stopped. */
  received: (activityId: string, timer: TimerState | null, serverNow: number) => void;
  /** Every timer at once (a snapshot): activities left out have none. */
  receivedAll: (timers: ByActivity<TimerState>, serverNow: number) => void;
  reset: () => void;
}

export const useTimerStore = create<TimerStore>((set) => ({
  timers: {},
  skew: 0,
  received: (activityId, timer, serverNow) =>
    set((s) => {
      const timers = { ...s.timers };
      if (timer) timers[activityId] = timer;
      else delete timers[activityId];
      return { timers, skew: serverNow - Date.now() };
    }),
  receivedAll: (timers, serverNow) => set({ timers: { ...timers }, skew: serverNow - Date.now() }),
  reset: () => set({ timers: {}, skew: 0 }),
}));

/** One activity's timer; null without one, or without an activity (nothing live). */
export const useActivityTimer = (activityId: string | null): TimerState | null =>
  useTimerStore((s) => (activityId === null ? null : (s.timers[activityId] ?? null)));
