import { create } from 'zustand';
import type { ByActivity } from '../../shared/protocol/events.ts';

/**
 * The server's last word on the participant's own response in each activity, whatever its type:
 * `activity:mine` (another tab, a merge, a reset) and a snapshot's `mine`. The core knows no
 * response's shape; a type that shows a response before the server answers keeps a store of its
 * own that follows this one (`subscribe`), with what it has in flight on top.
 */
export interface MineState {
  byActivity: ByActivity<unknown>;
  /**
   * Bumped whenever `byActivity` is replaced whole (a snapshot, a reset). Then it is the server's
   * complete word: an activity it leaves out has no stored response, even one a follower knows
   * only from its own acks, which never pass through here.
   */
  replaced: number;
}

interface MineStore extends MineState {
  /** `activity:mine`: a new value, even if equal to the last (followers compare by reference). */
  received: (activityId: string, value: unknown) => void;
  /** A snapshot's `mine`. */
  receivedAll: (mine: ByActivity<unknown>) => void;
  reset: () => void;
}

export const useMineStore = create<MineStore>((set) => ({
  byActivity: {},
  replaced: 0,
  received: (activityId, value) => set((s) => ({ byActivity: { ...s.byActivity, [activityId]: value } })),
  receivedAll: (mine) => set((s) => ({ byActivity: { ...mine }, replaced: s.replaced + 1 })),
  reset: () => set((s) => ({ byActivity: {}, replaced: s.replaced + 1 })),
}));
