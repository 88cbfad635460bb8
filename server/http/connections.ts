import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Every TCP connection of the server, upgraded ones included. `server.close()` waits for all of
 * them, and a WebSocket whose peer never answers the close frame (a phone asleep, a client that
 * stopped reading) would hold shutdown for `ws`'s 30 s close timeout.
 */
export function trackConnections(server: Server): { destroyAll(): void } {
  const open = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  });
  return {
    destroyAll() {
      for (const socket of open) socket.destroy();
      open.clear();
    },
  };
}
