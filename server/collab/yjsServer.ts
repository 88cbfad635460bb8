import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { participantsMayEdit } from '../../shared/domain/workshop.ts';
import { LIMITS } from '../../shared/limits.ts';
import { YJS_CLOSE, YJS_PATH } from '../../shared/protocol/yjsDoc.ts';
import { facilitatorFrom, participantFrom } from '../auth/identify.ts';
import type { Repos } from '../db/repos.ts';
import type { Log } from '../log.ts';
import type { WorkshopService } from '../services/workshopService.ts';
import { YjsConnection } from './connection.ts';
import type { DocRegistry } from './docRegistry.ts';
import type { LiveDoc } from './liveDoc.ts';
import { HEARTBEAT_MESSAGE, updateMessage } from './messages.ts';

/** y-websocket closes a connection after 30 s without a message; we speak every 15 s. */
const HEARTBEAT_MS = 15_000;
const ID = /^[A-Za-z0-9_-]{6,40}$/;

interface Room {
  live: LiveDoc;
  conns: Set<YjsConnection>;
  unsubscribe: () => void;
}

export interface YjsServer {
  close(): void;
}

/**
 * Our own y-websocket endpoint on the app's HTTP server. Unlike the reference server it
 * authenticates at the upgrade (cookies), decides write access per message, bounds message
 * size, and stores every update before anyone else sees it.
 */
export function attachYjs(
  http: Server,
  deps: { repos: Repos; workshops: WorkshopService; docs: DocRegistry; log: Log },
): YjsServer {
  const { repos, workshops, docs, log } = deps;
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.yjsMessageBytes });
  const rooms = new Map<string, Room>();

  const roomFor = (workshopId: string): Room => {
    let room = rooms.get(workshopId);
    if (room) return room;
    const live = docs.hold(workshopId);
    const conns = new Set<YjsConnection>();
    // Encoded once per update, not once per recipient.
    const unsubscribe = live.onUpdate((update, origin) => {
      const message = updateMessage(update);
      for (const conn of conns) if (conn !== origin) conn.send(message);
    });
    room = { live, conns, unsubscribe };
    rooms.set(workshopId, room);
    return room;
  };

  const leave = (workshopId: string, conn: YjsConnection) => {
    const room = rooms.get(workshopId);
    if (!room?.conns.has(conn)) return;
    room.conns.delete(conn);
    if (room.conns.size === 0) {
      room.unsubscribe();
      rooms.delete(workshopId);
      docs.release(workshopId);
    }
  };

  /** Closes every connection of a workshop and forgets its document in memory. */
  const dropRoom = (workshopId: string, code: number, reason: string) => {
    const room = rooms.get(workshopId);
    if (!room) return;
    room.unsubscribe();
    rooms.delete(workshopId);
    docs.evict(workshopId);
    for (const conn of room.conns) conn.ws.close(code, reason);
  };

  const accept = (ws: WebSocket, req: IncomingMessage, workshopId: string) => {
    const workshop = ID.test(workshopId) ? workshops.control(workshopId) : null;
    if (!workshop) return ws.close(YJS_CLOSE.notFound, 'not found');
    const isFacilitator = facilitatorFrom(repos, req.headers.cookie) !== null;
    const participant = isFacilitator ? null : participantFrom(repos, req.headers.cookie, workshopId);
    if (!isFacilitator && !participant) return ws.close(YJS_CLOSE.unauthorised, 'unauthorised');

    const room = roomFor(workshopId);
    const { live } = room;
    // Participants stop writing when the workshop is locked or past collecting, and when the
    // document has grown past its bound (a runaway or hostile client cannot fill the disk).
    const mayWrite = () => {
      if (isFacilitator) return true;
      const control = workshops.control(workshopId);
      return control !== null && participantsMayEdit(control) && live.bytes < LIMITS.yjsDocumentBytes;
    };
    const conn = new YjsConnection(ws, live, mayWrite);
    room.conns.add(conn);
    ws.on('message', (data: Buffer) => {
      try {
        conn.handle(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      } catch (error) {
        log.warn('yjs message failed', { workshopId, error: String(error) });
        // Only a failed store puts memory ahead of disk; an update Yjs cannot read is the sender's
        // fault alone and must not let one client disconnect the whole room.
        // After a failed store memory is ahead of disk: everyone reconnects and reloads from disk.
        if (live.storeFailed) dropRoom(workshopId, 1011, 'storage');
        else ws.close(YJS_CLOSE.malformed, 'malformed');
      }
    });
    ws.on('pong', () => {
      conn.alive = true;
    });
    ws.on('close', () => leave(workshopId, conn));
    ws.on('error', () => ws.terminate());
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path.startsWith('/socket.io/')) return; // Socket.IO's own listener takes it
    if (!path.startsWith(`${YJS_PATH}/`)) {
      socket.destroy();
      return;
    }
    // A malformed escape (`%E0%A4%A`) would throw inside the 'upgrade' event and kill the process;
    // an undecodable name is answered like an unknown workshop instead.
    let workshopId: string;
    try {
      workshopId = decodeURIComponent(path.slice(YJS_PATH.length + 1));
    } catch {
      workshopId = '';
    }
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws, req, workshopId));
  };
  http.on('upgrade', onUpgrade);

  workshops.on({
    deleted: (workshopId) => dropRoom(workshopId, YJS_CLOSE.notFound, 'deleted'),
  });

  const heartbeat = setInterval(() => {
    for (const room of rooms.values()) {
      for (const conn of room.conns) {
        if (!conn.alive) {
          conn.ws.terminate();
          continue;
        }
        conn.alive = false;
        conn.ws.ping();
        conn.send(HEARTBEAT_MESSAGE);
      }
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    close() {
      clearInterval(heartbeat);
      http.off('upgrade', onUpgrade);
      for (const room of rooms.values())
        for (const conn of room.conns) conn.ws.close(YJS_CLOSE.serverShutdown);
      wss.close();
    },
  };
}
