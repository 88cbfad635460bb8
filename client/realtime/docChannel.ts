import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { messageYjsSyncStep2, readSyncMessage, writeSyncStep1, writeUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { YJS_MESSAGE } from '../../shared/protocol/yjsDoc.ts';

/** The server sends something at least every 23.5 s (server/collab/heartbeat.ts); longer is a dead line. */
const SILENCE_MS = 30_000;
const SILENCE_CHECK_MS = 5000;

const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** What a channel uses of a WebSocket: the browser's, or `ws` in Node tests. */
export type SocketLike = Pick<
  WebSocket,
  'binaryType' | 'readyState' | 'onopen' | 'onmessage' | 'onclose' | 'onerror' | 'send' | 'close'
>;

export interface ChannelHandlers {
  /** The server's state is in the document (its sync step 2 arrived). */
  synced(): void;
  /** The count of update-bearing messages stored changed: compare `sent` and `saved`. */
  counted(): void;
  /** A write was refused whole (the error code as sent, unchecked). */
  refused(code: string): void;
  /** The connection ended; the channel is spent. Not called after `close()`. */
  closed(code: number): void;
}

/**
 * One connection of one document to our Yjs endpoint, in y-websocket's protocol: sync messages
 * both ways and our `saved`, `refused` and `heartbeat` (shared/protocol/yjsDoc.ts); no awareness,
 * as presence travels over Socket.IO. It never reconnects: its owner opens a new channel on the
 * same document when it decides to (with jitter, client/realtime/yjs.ts), and the sync steps
 * then carry edits made while offline. Written instead of y-websocket's provider, whose retry,
 * awareness and cross-tab channel we had turned off, so a phone loads only what it uses.
 */
export class DocChannel {
  /** Update-bearing messages sent on this connection (sync step 2 and updates), as the server counts them. */
  sent = 0;
  /** The server's last `saved` count on this connection. */
  saved = 0;
  connected = false;
  /**
   * Local updates made between the socket opening and the server's sync step 2. The server asks
   * for our state first (its sync step 1, answered with everything it lacks), so updates sent
   * after its step 2 find their dependencies there; sent earlier, one typed on top of offline
   * edits would arrive before them and be refused.
   */
  private held: Uint8Array[] = [];
  private synced = false;
  private lastMessageAt = Date.now();
  private readonly watch: ReturnType<typeof setInterval>;
  private done = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly ws: SocketLike,
    private readonly on: ChannelHandlers,
  ) {
    ws.binaryType = 'arraybuffer';
    ws.onopen = () => {
      this.connected = true;
      this.lastMessageAt = Date.now();
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, YJS_MESSAGE.sync);
      writeSyncStep1(encoder, doc);
      this.send(encoding.toUint8Array(encoder));
    };
    ws.onmessage = (event) => {
      this.lastMessageAt = Date.now();
      if (!(event.data instanceof ArrayBuffer)) return;
      try {
        this.receive(new Uint8Array(event.data));
      } catch {
        // Not our protocol: this connection cannot be trusted to be in step any more.
        ws.close();
        this.end(1007);
      }
    };
    ws.onclose = (event) => this.end(event.code);
    ws.onerror = () => {};
    doc.on('update', this.onUpdate);
    // A phone that slept may hold a socket that will never report its end.
    this.watch = setInterval(() => {
      if (Date.now() - this.lastMessageAt > SILENCE_MS) {
        ws.close();
        this.end(1006);
      }
    }, SILENCE_CHECK_MS);
  }

  /** Local edits not sent yet because the connection is still syncing. */
  get holding(): boolean {
    return this.held.length > 0;
  }

  /** Ends the connection on purpose; no handler is called any more. */
  close(): void {
    this.done = true;
    this.stop();
    this.ws.close();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    // The server's own updates arrive with this channel as origin; they need no echo.
    if (origin === this || !this.connected) return;
    if (!this.synced) {
      this.held.push(update);
      this.on.counted();
      return;
    }
    this.sendUpdate(update);
  };

  private sendUpdate(update: Uint8Array): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, YJS_MESSAGE.sync);
    writeUpdate(encoder, update);
    this.send(encoding.toUint8Array(encoder));
  }

  private receive(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === YJS_MESSAGE.sync) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, YJS_MESSAGE.sync);
      const kind = readSyncMessage(decoder, encoder, this.doc, this);
      // A reply (our step 2 to the server's step 1) has more than its type byte.
      if (encoding.length(encoder) > 1) this.send(encoding.toUint8Array(encoder));
      if (kind === messageYjsSyncStep2) {
        this.synced = true;
        // Our reply to the server's step 1 went first; what was typed since may repeat part of it,
        // which Yjs ignores.
        if (this.held.length > 0) this.sendUpdate(Y.mergeUpdates(this.held.splice(0)));
        this.on.synced();
      }
    } else if (type === YJS_MESSAGE.saved) {
      this.saved = decoding.readVarUint(decoder);
      this.on.counted();
    } else if (type === YJS_MESSAGE.refused) {
      this.on.refused(decoding.readVarString(decoder));
    }
    // Heartbeats and anything else only prove the line is alive.
  }

  private send(message: Uint8Array): void {
    if (this.ws.readyState !== 1) return;
    // lib0 builds every message on a fresh ArrayBuffer; its type only says "any buffer".
    this.ws.send(message as Uint8Array<ArrayBuffer>);
    const decoder = decoding.createDecoder(message);
    decoding.readVarUint(decoder);
    const kind = decoding.readVarUint(decoder);
    if (kind === SYNC_STEP_2 || kind === SYNC_UPDATE) {
      this.sent += 1;
      this.on.counted();
    }
  }

  private end(code: number): void {
    if (this.done) return;
    this.done = true;
    this.stop();
    this.on.closed(code);
  }

  private stop(): void {
    this.connected = false;
    clearInterval(this.watch);
    this.doc.off('update', this.onUpdate);
    this.ws.onopen = null;
    this.ws.onmessage = null;
    this.ws.onclose = null;
  }
}
