import { create } from 'zustand';
import type { TimerState } from '../../shared/domain/timer.ts';

interface TimerStore {
  /** The facilitation timer as the server last said; its times are on the server's clock. */
  timer: TimerState | null;
  /** serverNow − Date.now() when the server last said it: Date.now() + skew is the server's clock. */
  skew: number;
  received: (timer: TimerState | null, serverNow: number) => void;
  reset: () => void;
}

export const useTimerStore = create<TimerStore>((set) => ({
  timer: null,
  skew: 0,
  received: (timer, serverNow) => set({ timer, skew: serverNow - Date.now() }),
  reset: () => set({ timer: null, skew: 0 }),
}));
