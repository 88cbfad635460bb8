import { create } from 'zustand';
import type { ByActivity } from '../../shared/protocol/events.ts';
import { type Allocation, acked, initialVotes, proposed, received, type VoteState } from './voteState.ts';

/**
 * The participant's dots per dot-voting activity, each with its own casts in flight (see
 * voteState.ts): a tap on one activity never waits for, or is overridden by, another's answers.
 */
interface VoteStore {
  byActivity: ByActivity<VoteState>;
  /** Shows a tap's allocation; returns the cast's sequence number for `acked`. */
  propose: (activityId: string, allocation: Allocation) => number;
  acked: (activityId: string, seq: number, stored: Allocation | null) => void;
  /** The server's word from elsewhere (`activity:mine`); a value that is not an allocation is ignored. */
  received: (activityId: string, value: unknown) => void;
  /** A snapshot's `mine`: an activity it leaves out has no stored response (any more). */
  receivedAll: (mine: ByActivity<unknown>) => void;
  reset: () => void;
}

/** Dots by item id, whole and non-negative: what the server stores for a dot-voting response. */
export function isAllocation(value: unknown): value is Allocation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((n) => Number.isInteger(n) && n >= 0);
}

const stateOf = (s: VoteStore, activityId: string): VoteState => s.byActivity[activityId] ?? initialVotes();

export const useVoteStore = create<VoteStore>((set, get) => ({
  byActivity: {},
  propose: (activityId, allocation) => {
    const next = proposed(stateOf(get(), activityId), allocation);
    set((s) => ({ byActivity: { ...s.byActivity, [activityId]: next } }));
    return next.latest;
  },
  acked: (activityId, seq, stored) =>
    set((s) => ({
      byActivity: { ...s.byActivity, [activityId]: acked(stateOf(s, activityId), seq, stored) },
    })),
  received: (activityId, value) => {
    if (!isAllocation(value)) return;
    set((s) => ({
      byActivity: { ...s.byActivity, [activityId]: received(stateOf(s, activityId), value) },
    }));
  },
  receivedAll: (mine) =>
    set((s) => {
      const byActivity: ByActivity<VoteState> = {};
      for (const id of new Set([...Object.keys(s.byActivity), ...Object.keys(mine)])) {
        const value = mine[id] ?? {};
        const current = stateOf(s, id);
        byActivity[id] = isAllocation(value) ? received(current, value) : current;
      }
      return { byActivity };
    }),
  reset: () => set({ byActivity: {} }),
}));

const NONE: Allocation = {};

/** What the participant sees of their dots in one activity: the server's word with taps in flight. */
export const useAllocation = (activityId: string): Allocation =>
  useVoteStore((s) => s.byActivity[activityId]?.allocation ?? NONE);
