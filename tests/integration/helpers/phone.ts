import { useVoteStore } from '../../../client/activities/dots/voteStore.ts';
import { planTap } from '../../../client/activities/dots/voting.ts';
import { useMineStore } from '../../../client/stores/mineStore.ts';
import type { Allocation, DotsView } from '../../../shared/activities/dots/types.ts';
import type { Snapshot } from '../../../shared/protocol/events.ts';
import { activityIn } from './agenda.ts';
import type { TestSocket } from './sockets.ts';

/**
 * A participant's socket driven the way the phone drives one dot voting: the client's own tap
 * rule (`planTap`) and vote store, which follows the core's mine store, wired to `activity:mine`
 * and the snapshot's `mine` as client/realtime/socket.ts wires them, each tap built on the
 * store's optimistic allocation without waiting for earlier acks. The stores are the client's
 * module-level ones: one phone per test at a time (creating a phone resets them).
 */
export function phoneOn(p: TestSocket, snapshot: Snapshot, dotsId: string) {
  const votes = useVoteStore;
  const mine = useMineStore;
  mine.getState().reset();
  votes.getState().reset();
  mine.getState().receivedAll(snapshot.mine);
  p.socket.on('activity:mine', ({ activityId, value }) => mine.getState().received(activityId, value));
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
