import { planTap } from '../../../client/activities/dots/voting.ts';
import { useVoteStore } from '../../../client/stores/voteStore.ts';
import type { Allocation, DotsView } from '../../../shared/activities/dots/types.ts';
import type { Snapshot } from '../../../shared/protocol/events.ts';
import { activityIn } from './agenda.ts';
import type { TestSocket } from './sockets.ts';

/**
 * A participant's socket driven the way the phone drives one dot voting: the client's own tap
 * rule (`planTap`) and vote store, wired to `activity:mine` and the snapshot's `mine` as
 * client/realtime/socket.ts wires them, each tap built on the store's optimistic allocation
 * without waiting for earlier acks. The store is the client's module-level one: one phone per
 * test at a time (creating a phone resets it).
 */
export function phoneOn(p: TestSocket, snapshot: Snapshot, dotsId: string) {
  const votes = useVoteStore;
  votes.getState().reset();
  votes.getState().receivedAll(snapshot.mine);
  p.socket.on('activity:mine', ({ activityId, value }) => votes.getState().received(activityId, value));
  const activity = activityIn(snapshot, dotsId);
  const items = (snapshot.views[dotsId] as DotsView | undefined)?.items ?? null;
  return {
    /** What the phone shows now. */
    allocation: (): Allocation => votes.getState().byActivity[dotsId]?.allocation ?? {},
    tap(priorityId: string, onAck?: () => void): void {
      const plan = planTap(activity, items, this.allocation(), priorityId, 1);
      if (!plan.ok) throw new Error(`tap refused locally: ${plan.problem}`);
      const seq = votes.getState().propose(dotsId, plan.next);
      p.socket.emit('activity:respond', { activityId: dotsId, value: { allocation: plan.cast } }, (reply) => {
        const stored = reply.ok ? (reply.data as { allocation: Allocation }).allocation : null;
        votes.getState().acked(dotsId, seq, stored);
        onAck?.();
      });
    },
  };
}
