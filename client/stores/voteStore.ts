import { create } from 'zustand';
import type { Allocation } from '../../shared/domain/workshop.ts';
import { acked, initialVotes, proposed, received, type VoteState } from './voteState.ts';

interface VoteStore extends VoteState {
  /** Shows a tap's allocation; returns the cast's sequence number for `acked`. */
  propose: (allocation: Allocation) => number;
  acked: (seq: number, stored: Allocation | null) => void;
  received: (allocation: Allocation) => void;
}

export const useVoteStore = create<VoteStore>((set, get) => ({
  ...initialVotes(),
  propose: (allocation) => {
    set((s) => proposed(s, allocation));
    return get().latest;
  },
  acked: (seq, stored) => set((s) => acked(s, seq, stored)),
  received: (allocation) => set((s) => received(s, allocation)),
}));
