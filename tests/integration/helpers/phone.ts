import { planTap } from '../../../client/realtime/voting.ts';
import { useVoteStore } from '../../../client/stores/voteStore.ts';
import type { Snapshot } from '../../../shared/protocol/events.ts';
import type { TestSocket } from './sockets.ts';

/**
 * A participant's socket driven the way the phone drives it: the client's own tap rule and vote
 * store, wired to `vote:mine` as client/realtime/socket.ts wires it, each tap built on the
 * store's optimistic allocation without waiting for earlier acks.
 */
export function phoneOn(p: TestSocket, snapshot: Snapshot) {
  const votes = useVoteStore;
  votes.getState().received(snapshot.allocation);
  p.socket.on('vote:mine', (allocation) => votes.getState().received(allocation));
  return {
    tap(priorityId: string, onAck?: () => void): void {
      const plan = planTap(snapshot.state, votes.getState().allocation, priorityId, 1);
      if (!plan.ok) throw new Error(`tap refused locally: ${plan.problem}`);
      const seq = votes.getState().propose(plan.next);
      p.socket.emit('vote:cast', { allocation: plan.cast }, (reply) => {
        votes.getState().acked(seq, reply.ok ? reply.data.allocation : null);
        onAck?.();
      });
    },
  };
}
