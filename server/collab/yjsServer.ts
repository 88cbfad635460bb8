import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { LIMITS } from '../../shared/limits.ts';
import { YJS_CLOSE, YJS_PATH } from '../../shared/protocol/yjsDoc.ts';
import { memberFrom, participantFrom, projectorFrom } from '../auth/identify.ts';
import { originAllowed } from '../auth/origin.ts';
import type { Repos } from '../db/repos.ts';
import type { Log } from '../log.ts';
import type { ActivityService } from '../services/activityService.ts';
import type { TextEditor, WorkshopService } from '../services/workshopService.ts';
import { YjsConnection } from './connection.ts';
import type { DocRegistry } from './docRegistry.ts';
import { beat, HEARTBEAT_TICK_MS } from './heartbeat.ts';
import type { LiveDoc } from './liveDoc.ts';
import { updateMessage } from './messages.ts';
import { facilitatorPolicy, participantPolicy, readOnlyPolicy } from './writePolicy.ts';

const ID = /^[A-Za-z0-9_-]{6,40}$/;

interface Room {
  live: LiveDoc;
  conns: Set<YjsConnection>;
  unsubscribe: () => void;
}

export interface YjsServer {
  /** Closes an account's connections: of one workshop when taken off it, of all when deleted. */
  closeFacilitator(facilitatorId: string, workshopId: string | null): void;
  /** Closes the connections a workshop's projector link opened, once it is revoked. */
  closeProjectorLinks(workshopId: string): void;
  close(): void;
}

/**
 * Our own y-websocket endpoint on the app's HTTP server. Unlike the reference server it
 * authenticates at the upgrade (cookies), decides write access per message, bounds message
 * size, and stores every update before anyone else sees it.
 */
export function attachYjs(
  http: Server,
  deps: {
    repos: Repos;
    workshops: WorkshopService;
    activities: ActivityService;
    docs: DocRegistry;
    log: Log;
    publicUrl: string | null;
  },
): YjsServer {
  const { repos, workshops, activities, docs, log } = deps;
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.yjsMessageBytes });
  const rooms = new Map<string, Room>();
  /** The account behind each facilitator connection, so it can be closed when access ends. */
  const facilitatorOf = new WeakMap<YjsConnection, string>();
  /** Connections opened with a projector link (read-only), so a revoke can close them. */
  const projectorLinked = new WeakSet<YjsConnection>();
  /** The workshop of each connection's document. */
  const workshopOf = new WeakMap<YjsConnection, string>();

  /** The document's room, opened if needed; null when its document cannot be read. */
  const roomFor = (docId: string): Room | null => {
    let room = rooms.get(docId);
    if (room) return room;
    const live = docs.hold(docId);
    if (!live) return null;
    const conns = new Set<YjsConnection>();
    // Encoded once per update, not once per recipient.
    const unsubscribe = live.onUpdate((update, origin) => {
      const message = updateMessage(update);
      for (const conn of conns) if (conn !== origin) conn.send(message);
    });
    room = { live, conns, unsubscribe };
    rooms.set(docId, room);
    return room;
  };

  const leave = (docId: string, conn: YjsConnection) => {
    const room = rooms.get(docId);
    if (!room?.conns.has(conn)) return;
    room.conns.delete(conn);
    if (room.conns.size === 0) {
      room.unsubscribe();
      rooms.delete(docId);
      docs.release(docId);
    }
  };

  /** Closes every connection of a document and forgets it in memory. */
  const dropRoom = (docId: string, code: number, reason: string) => {
    const room = rooms.get(docId);
    if (!room) return;
    room.unsubscribe();
    rooms.delete(docId);
    docs.evict(docId);
    for (const conn of room.conns) conn.ws.close(code, reason);
  };

  /** A document is an activity's (its id is the room name); only types with texts have one. */
  const accept = (ws: WebSocket, req: IncomingMessage, docId: string) => {
    // First: a refused socket still reads frames until it is closed, and an invalid one is
    // emitted as 'error', which without a listener would end the whole process.
    ws.on('error', () => ws.terminate());
    const activity = ID.test(docId) ? activities.activity(docId) : null;
    if (!activity || activities.maxTextLength(docId) === null)
      return ws.close(YJS_CLOSE.notFound, 'not found');
    const workshopId = activity.workshopId;
    const member = memberFrom(repos, req.headers.cookie, workshopId);
    const participant = member ? null : participantFrom(repos, req.headers.cookie, workshopId);
    // The projector link reads what the stage shows and writes nothing.
    const projector = member || participant ? null : projectorFrom(repos, req.headers.cookie, workshopId);
    // A draft is the facilitators' alone until opened.
    if ((participant || projector) && activity.status === 'draft')
      return ws.close(YJS_CLOSE.notFound, 'not found');
    // Client ids are bound to a person, so the policy knows who is writing.
    const writer = participant
      ? {
          policy: participantPolicy(
            participant.id,
            (key) => activities.participantWriteRefusal(docId, key),
            activities.maxTextLength(docId),
          ),
          editor: { kind: 'participant', participant } satisfies TextEditor,
        }
      : member
        ? {
            policy: facilitatorPolicy(member.facilitator.id),
            editor: { kind: 'facilitator', facilitatorId: member.facilitator.id } satisfies TextEditor,
          }
        : projector && { policy: readOnlyPolicy(), editor: null };
    if (!writer) return ws.close(YJS_CLOSE.unauthorised, 'unauthorised');

    const room = roomFor(docId);
    // Only those who asked for this document are told; the process and other documents go on.
    if (!room) return ws.close(YJS_CLOSE.unreadable, 'unreadable');
    const { live } = room;
    const { editor } = writer;
    const conn = new YjsConnection(ws, live, writer.policy, (keys) => {
      if (editor) for (const key of keys) activities.textEdited(docId, key, editor);
    });
    if (!editor) projectorLinked.add(conn);
    room.conns.add(conn);
    workshopOf.set(conn, workshopId);
    if (editor?.kind === 'facilitator') facilitatorOf.set(conn, editor.facilitatorId);
    ws.on('message', (data: Buffer) => {
      try {
        conn.handle(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      } catch (error) {
        log.warn('yjs message failed', { docId, error: String(error) });
        // After a failed store memory is ahead of disk: everyone reconnects and reloads from disk.
        // An update that cannot be read is the sender's fault alone and closes only the sender.
        if (live.storeFailed) dropRoom(docId, 1011, 'storage');
        else ws.close(YJS_CLOSE.malformed, 'malformed');
      }
    });
    ws.on('pong', () => {
      conn.alive = true;
    });
    ws.on('close', () => leave(docId, conn));
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path.startsWith('/socket.io/')) return; // Socket.IO's own listener takes it
    if (!path.startsWith(`${YJS_PATH}/`)) {
      socket.destroy();
      return;
    }
    // Before the upgrade, foreign or missing Origin: another origin of the same site gets our
    // SameSite=Lax cookies sent along (see auth/origin.ts).
    if (!originAllowed(req, deps.publicUrl)) {
      socket.on('error', () => socket.destroy());
      socket.once('finish', () => socket.destroy());
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    // A malformed escape (`%E0%A4%A`) would throw inside the 'upgrade' event and kill the process;
    // an undecodable name is answered like an unknown workshop instead.
    let docId: string;
    try {
      docId = decodeURIComponent(path.slice(YJS_PATH.length + 1));
    } catch {
      docId = '';
    }
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws, req, docId));
  };
  http.on('upgrade', onUpgrade);

  workshops.on({
    activityDeleted: (_workshopId, docId) => dropRoom(docId, YJS_CLOSE.notFound, 'deleted'),
    deleted: (_workshopId, docIds) => {
      for (const docId of docIds) dropRoom(docId, YJS_CLOSE.notFound, 'deleted');
    },
  });

  const heartbeat = setInterval(() => {
    const now = Date.now();
    for (const room of rooms.values()) beat(room.conns, now);
  }, HEARTBEAT_TICK_MS);
  heartbeat.unref();

  return {
    closeFacilitator(facilitatorId, workshopId) {
      for (const room of rooms.values())
        for (const conn of room.conns)
          if (
            facilitatorOf.get(conn) === facilitatorId &&
            (workshopId === null || workshopOf.get(conn) === workshopId)
          )
            conn.ws.close(YJS_CLOSE.unauthorised, 'access ended');
    },
    closeProjectorLinks(workshopId) {
      for (const room of rooms.values())
        for (const conn of room.conns)
          if (projectorLinked.has(conn) && workshopOf.get(conn) === workshopId)
            conn.ws.close(YJS_CLOSE.unauthorised, 'access ended');
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
