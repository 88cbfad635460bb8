import { io, type Socket } from 'socket.io-client';
import { isErrorCode } from '../../shared/protocol/errors.ts';
import type { ClientToServerEvents, Role, ServerToClientEvents } from '../../shared/protocol/events.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { useConnectionStore } from '../stores/connectionStore.ts';
import { useTimerStore } from '../stores/timerStore.ts';
import { useVoteStore } from '../stores/voteStore.ts';
import { useWorkshopStore } from '../stores/workshopStore.ts';
import { useWritersStore } from '../stores/writersStore.ts';
import { command } from './commands.ts';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let current: AppSocket | null = null;

export function currentSocket(): AppSocket | null {
  return current;
}

async function sync(): Promise<void> {
  const ack = await command('workshop:sync', {});
  if (!ack.ok) return;
  // The snapshot replaces local state wholesale: after a reconnect we may have missed pushes.
  useWorkshopStore.getState().applySnapshot(ack.data);
  useVoteStore.getState().received(ack.data.allocation);
  useWritersStore.getState().setSelf(ack.data.you);
  useWritersStore.getState().setWriters(ack.data.writers);
  useTimerStore.getState().received(ack.data.timer, ack.data.serverNow);
}

/** Opens the workshop's Socket.IO connection and wires it to the stores. Returns a closer. */
export function connectWorkshop(workshopId: string, role: Role): () => void {
  const conn = useConnectionStore.getState();
  const workshop = useWorkshopStore.getState();
  workshop.reset();
  useWritersStore.getState().reset();
  useTimerStore.getState().reset();
  conn.setStatus('connecting');
  const socket: AppSocket = io({ auth: { workshopId, role, v: PROTOCOL_VERSION }, withCredentials: true });
  current = socket;

  socket.on('connect', () => {
    useConnectionStore.getState().setStatus('connected');
    void sync();
  });
  socket.on('disconnect', () => {
    if (socket.active) useConnectionStore.getState().setStatus('reconnecting');
  });
  socket.on('connect_error', (err) => {
    // A refusal by the server's middleware is final (socket.active is false); anything else retries.
    if (socket.active) useConnectionStore.getState().setStatus('reconnecting');
    else
      useConnectionStore.getState().setStatus('failed', isErrorCode(err.message) ? err.message : 'INTERNAL');
  });
  socket.on('workshop:state', (state) => useWorkshopStore.getState().setState(state));
  socket.on('presence', (presence) => useWorkshopStore.getState().setPresence(presence));
  socket.on('tally', (tally) => useWorkshopStore.getState().setTally(tally));
  socket.on('vote:mine', (allocation) => useVoteStore.getState().received(allocation));
  socket.on('writers', (writers) => useWritersStore.getState().setWriters(writers));
  socket.on('timer', ({ timer, serverNow }) => useTimerStore.getState().received(timer, serverNow));

  return () => {
    socket.removeAllListeners();
    socket.disconnect();
    if (current === socket) current = null;
  };
}
