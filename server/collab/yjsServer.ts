import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { LIMITS } from '../../shared/limits.ts';
import { YJS_CLOSE, YJS_PATH } from '../../shared/protocol/yjsDoc.ts';
import { memberFrom, participantFrom } from '../auth/identify.ts';
import { originAllowed } from '../auth/origin.ts';
import type { Repos } from '../db/repos.ts';
import type { Log } from '../log.ts';
import type { TextEditor, WorkshopService } from '../services/workshopService.ts';
import { YjsConnection } from './connection.ts';
import type { DocRegistry } from './docRegistry.ts';
import { beat, HEARTBEAT_TICK_MS } from './heartbeat.ts';
import type { LiveDoc } from './liveDoc.ts';
import { updateMessage } from './messages.ts';
import { facilitatorPolicy, participantPolicy } from './writePolicy.ts';

const ID = /^[A-Za-z0-9_-]{6,40}$/;

interface Room {
  live: LiveDoc;
  conns: Set<YjsConnection>;
  unsubscribe: () => void;
}

export interface YjsServer {
  /** Closes an account's connections: of one workshop when taken off it, of all when deleted. */
  closeFacilitator(facilitatorId: string, workshopId: string | null): void;
  close(): void;
}

/**
 * Our own y-websocket endpoint on the app's HTTP server. Unlike the reference server it
 * authenticates at the upgrade (cookies), decides write access per message, bounds message
 * size, and stores every update before anyone else sees it.
 */
export function attachYjs(
  http: Server,
  deps: { repos: Repos; workshops: WorkshopService; docs: DocRegistry; log: Log; publicUrl: string | null },
): YjsServer {
  const { repos, workshops, docs, log } = deps;
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.yjsMessageBytes });
  const rooms = new Map<string, Room>();
  /** The account behind each facilitator connection, so it can be closed when access ends. */
  const facilitatorOf = new WeakMap<YjsConnection, string>();

  /** The workshop's room, opened if needed; null when its document cannot be read. */
  const roomFor = (workshopId: string): Room | null => {
    let room = rooms.get(workshopId);
    if (room) return room;
    const live = docs.hold(workshopId);
    if (!live) return null;
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
    // First: a refused socket still reads frames until it is closed, and an invalid one is
    // emitted as 'error', which without a listener would end the whole process.
    ws.on('error', () => ws.terminate());
    const workshop = ID.test(workshopId) ? workshops.control(workshopId) : null;
    if (!workshop) return ws.close(YJS_CLOSE.notFound, 'not found');
    const member = memberFrom(repos, req.headers.cookie, workshopId);
    const participant = member ? null : participantFrom(repos, req.headers.cookie, workshopId);
    // Client ids are bound to a person, so the policy knows who is writing.
    const writer = participant
      ? {
          policy: participantPolicy(
            participant.id,
            () => workshops.control(workshopId),
            (key) => workshops.isVisible(workshopId, key),
          ),
          editor: { kind: 'participant', participant } satisfies TextEditor,
        }
      : member && {
          policy: facilitatorPolicy(member.facilitator.id),
          editor: { kind: 'facilitator', facilitatorId: member.facilitator.id } satisfies TextEditor,
        };
    if (!writer) return ws.close(YJS_CLOSE.unauthorised, 'unauthorised');

    const room = roomFor(workshopId);
    // Only those who asked for this document are told; the process and other workshops go on.
    if (!room) return ws.close(YJS_CLOSE.unreadable, 'unreadable');
    const { live } = room;
    const conn = new YjsConnection(ws, live, writer.policy, (keys) => {
      for (const key of keys) workshops.textEdited(workshopId, key, writer.editor);
    });
    room.conns.add(conn);
    if (writer.editor.kind === 'facilitator') facilitatorOf.set(conn, writer.editor.facilitatorId);
    ws.on('message', (data: Buffer) => {
      try {
        conn.handle(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      } catch (error) {
        log.warn('yjs message failed', { workshopId, error: String(error) });
        // After a failed store memory is ahead of disk: everyone reconnects and reloads from disk.
        // An update that cannot be read is the sender's fault alone and closes only the sender.
        if (live.storeFailed) dropRoom(workshopId, 1011, 'storage');
        else ws.close(YJS_CLOSE.malformed, 'malformed');
      }
    });
    ws.on('pong', () => {
      conn.alive = true;
    });
    ws.on('close', () => leave(workshopId, conn));
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path.startsWith('/socket.io/')) return; // Socket.IO's own listener takes it
    if (!path.startsWith(`${YJS_PATH}/`)) {
      socket.destroy();
      return;
    }
    // Before the upgrade: another origin of the same site gets our SameSite=Lax cookies sent along.
    if (!originAllowed(req, deps.publicUrl)) {
      socket.on('error', () => socket.destroy());
      socket.once('finish', () => socket.destroy());
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
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
    const now = Date.now();
    for (const room of rooms.values()) beat(room.conns, now);
  }, HEARTBEAT_TICK_MS);
  heartbeat.unref();

  return {
    closeFacilitator(facilitatorId, workshopId) {
      for (const [id, room] of rooms) {
        if (workshopId !== null && id !== workshopId) continue;
        for (const conn of room.conns)
          if (facilitatorOf.get(conn) === facilitatorId)
            conn.ws.close(YJS_CLOSE.unauthorised, 'access ended');
      }
    },
    close() {
      clearInterval(heartbeat);
      http.off('upgrade', onUpgrade);
      for (const room of rooms.values())
        for (const conn of room.conns) conn.ws.close(YJS_CLOSE.serverShutdown);
      wss.close();
    },
  };
}
