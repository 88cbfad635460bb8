import { create } from 'zustand';
import type { Allocation } from '../../shared/domain/workshop.ts';

/**
 * `allocation` is what the participant sees (optimistic); `confirmed` is the server's last word,
 * which we fall back to when a cast fails.
 */
interface VoteStore {
  allocation: Allocation;
  confirmed: Allocation;
  /** Sequence number of the newest cast sent; older acks must not overwrite newer taps. */
  latest: number;
  reset: (allocation: Allocation) => void;
  propose: (allocation: Allocation) => number;
  acked: (seq: number, allocation: Allocation | null) => void;
}

export const useVoteStore = create<VoteStore>((set, get) => ({
  allocation: {},
  confirmed: {},
  latest: 0,
  reset: (allocation) => set({ allocation, confirmed: allocation }),
  propose: (allocation) => {
    const seq = get().latest + 1;
    set({ allocation, latest: seq });
    return seq;
  },
  acked: (seq, allocation) =>
    set((s) => {
      const confirmed = allocation ?? s.confirmed;
      // A failure always rolls back; a success only shows through when no newer tap is in flight.
      if (allocation === null || seq === s.latest) return { confirmed, allocation: confirmed };
      return { confirmed };
    }),
}));
