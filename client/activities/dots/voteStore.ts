import { create } from 'zustand';
import type { Allocation } from '../../../shared/activities/dots/types.ts';
import type { ByActivity } from '../../../shared/protocol/events.ts';
import { type MineState, useMineStore } from '../../stores/mineStore.ts';
import { acked, initialVotes, proposed, received, type VoteState } from './voteState.ts';

/**
 * The participant's dots per dot-voting activity, each with its own casts in flight (see
 * voteState.ts): a tap on one activity never waits for, or is overridden by, another's answers.
 * The server's word from elsewhere comes from the core's mine store, which this store follows.
 */
interface VoteStore {
  byActivity: ByActivity<VoteState>;
  /** Shows a tap's allocation; returns the cast's sequence number for `acked`. */
  propose: (activityId: string, allocation: Allocation) => number;
  acked: (activityId: string, seq: number, stored: Allocation | null) => void;
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
  reset: () => set({ byActivity: {} }),
}));

/**
 * The server's word from elsewhere, as `received` (taps in flight stay shown; their acks decide):
 * a push for the activities whose value changed, or, after a snapshot, for every activity, one it
 * leaves out having no stored response (any more). A value that is not an allocation is ignored.
 */
function follow(next: MineState, prev: MineState): void {
  const whole = next.replaced !== prev.replaced;
  useVoteStore.setState((s) => {
    const ids = whole
      ? new Set([...Object.keys(s.byActivity), ...Object.keys(next.byActivity)])
      : Object.keys(next.byActivity).filter((id) => next.byActivity[id] !== prev.byActivity[id]);
    const byActivity = { ...s.byActivity };
    for (const id of ids) {
      const value = whole ? (next.byActivity[id] ?? {}) : next.byActivity[id];
      if (isAllocation(value)) byActivity[id] = received(stateOf(s, id), value);
    }
    return { byActivity };
  });
}
// Starts from what the mine store already holds (the phone synced before this chunk loaded), as
// if it had just arrived whole; then follows it.
follow(useMineStore.getState(), { byActivity: {}, replaced: -1 });
useMineStore.subscribe(follow);

const NONE: Allocation = {};

/** What the participant sees of their dots in one activity: the server's word with taps in flight. */
export const useAllocation = (activityId: string): Allocation =>
  useVoteStore((s) => s.byActivity[activityId]?.allocation ?? NONE);
