import { io, type Socket } from 'socket.io-client';
import { isErrorCode } from '../../shared/protocol/errors.ts';
import type { ClientToServerEvents, Role, ServerToClientEvents } from '../../shared/protocol/events.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { useConnectionStore } from '../stores/connectionStore.ts';
import { useMineStore } from '../stores/mineStore.ts';
import { useTimerStore } from '../stores/timerStore.ts';
import { useWorkshopStore } from '../stores/workshopStore.ts';
import { useWritersStore } from '../stores/writersStore.ts';
import { command } from './commands.ts';
import { startHeartbeat } from './heartbeat.ts';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let current: AppSocket | null = null;

export function currentSocket(): AppSocket | null {
  return current;
}

async function sync(): Promise<void> {
  const ack = await command('workshop:sync', {});
  if (!ack.ok) return;
  const snapshot = ack.data;
  // The snapshot replaces local state wholesale: after a reconnect we may have missed pushes.
  useWorkshopStore.getState().applySnapshot(snapshot);
  // A type that shows responses before the server answers follows this store with its own.
  useMineStore.getState().receivedAll(snapshot.mine);
  useWritersStore.getState().setSelf(snapshot.you);
  useWritersStore.getState().setWriters(snapshot.writers);
  useTimerStore.getState().receivedAll(snapshot.timers, snapshot.serverNow);
}

function resetStores(): void {
  useWorkshopStore.getState().reset();
  useMineStore.getState().reset();
  useWritersStore.getState().reset();
  useTimerStore.getState().reset();
}

/** Opens the workshop's Socket.IO connection and wires it to the stores. Returns a closer. */
export function connectWorkshop(workshopId: string, role: Role): () => void {
  resetStores();
  useConnectionStore.getState().setStatus('connecting');
  useConnectionStore.setState({ ended: null });
  const socket: AppSocket = io({ auth: { workshopId, role, v: PROTOCOL_VERSION }, withCredentials: true });
  current = socket;

  socket.on('connect', () => {
    useConnectionStore.getState().setStatus('connected');
    void sync();
  });
  socket.on('disconnect', () => {
    // Not active: the server closed this connection for good (access ended, workshop deleted).
    useConnectionStore.getState().setStatus(socket.active ? 'reconnecting' : 'failed');
  });
  socket.on('connect_error', (err) => {
    // A refusal by the server's middleware is final (socket.active is false); anything else retries.
    if (socket.active) useConnectionStore.getState().setStatus('reconnecting');
    else {
      const code = isErrorCode(err.message) ? err.message : 'INTERNAL';
      useConnectionStore.getState().setStatus('failed', code);
      // The workshop this page showed is gone (deleted while the page was away, or reloaded after).
      if (code === 'NOT_FOUND' && useWorkshopStore.getState().state !== null)
        useConnectionStore.getState().setEnded('deleted');
    }
  });
  // The server says the workshop was deleted, then disconnects: stop, and let every screen say so.
  socket.on('workshop:ended', ({ reason }) => {
    useConnectionStore.getState().setEnded(reason);
    socket.disconnect();
  });
  const stopHeartbeat = startHeartbeat(socket);
  const workshop = () => useWorkshopStore.getState();
  socket.on('workshop:state', (state) => workshop().setState(state));
  socket.on('activity:actions', (actions) => workshop().setActions(actions));
  socket.on('activity:state', ({ activityId, view }) => workshop().setView(activityId, view));
  socket.on('activity:results', ({ activityId, results }) => workshop().setResults(activityId, results));
  socket.on('activity:mine', ({ activityId, value }) => useMineStore.getState().received(activityId, value));
  socket.on('presence', (presence) => workshop().setPresence(presence));
  socket.on('writers', (writers) => useWritersStore.getState().setWriters(writers));
  socket.on('timer', ({ activityId, timer, serverNow }) =>
    useTimerStore.getState().received(activityId, timer, serverNow),
  );

  return () => {
    stopHeartbeat();
    socket.removeAllListeners();
    socket.disconnect();
    if (current === socket) current = null;
  };
}
