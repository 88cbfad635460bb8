import type { Socket } from 'socket.io-client';
import { useConnectionStore } from '../stores/connectionStore.ts';

/** How often a connected page asks the server whether it still hears it. */
const BEAT_MS = 1500;
/** An answer later than this marks the connection stale ("Återansluter…"). */
const STALE_MS = 3000;
/** A ping unanswered this long means a dead line: the transport is closed so Socket.IO reconnects. */
const DEAD_MS = 8000;

/**
 * Tells the truth about the connection within a few seconds. Socket.IO notices a dead network
 * only after its ping timeout (40 s with the server's settings), and a laptop whose Wi-Fi drops
 * keeps its WebSocket "open" meanwhile. So a connected page sends `connection:ping` (one at a
 * time) and marks itself stale when the answer is late; the browser's `offline` event does the
 * same at once. A ping lost for good closes the transport, and Socket.IO's own reconnection
 * (with its backoff) takes over. Returns a stopper.
 */
export function startHeartbeat(socket: Socket): () => void {
  const store = () => useConnectionStore.getState();
  let sentAt: number | null = null;
  let lastSent = 0;
  let round = 0;

  const beat = () => {
    if (!socket.connected) return;
    const now = Date.now();
    if (sentAt !== null) {
      if (now - sentAt > STALE_MS) store().setStale(true);
      if (now - sentAt > DEAD_MS) {
        sentAt = null;
        socket.io.engine?.close();
      }
      return;
    }
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      store().setStale(true);
      return;
    }
    if (now - lastSent < BEAT_MS) return;
    sentAt = now;
    lastSent = now;
    const mine = ++round;
    socket.timeout(DEAD_MS).emit('connection:ping', {}, (err: unknown) => {
      if (mine !== round) return;
      sentAt = null;
      if (!err) store().setStale(false);
    });
  };

  const onOffline = () => store().setStale(true);
  const onOnline = () => {
    // A ping sent into the dead network may never be answered: start a fresh one now.
    sentAt = null;
    lastSent = 0;
    round += 1;
    beat();
  };
  const onConnect = () => {
    sentAt = null;
    round += 1;
  };
  // Checked often, sent every BEAT_MS: staleness shows within half a second of being due.
  const timer = setInterval(beat, 500);
  socket.on('connect', onConnect);
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);
  return () => {
    clearInterval(timer);
    socket.off('connect', onConnect);
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
  };
}
