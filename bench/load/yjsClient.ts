import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { originOf } from '../lib/origin.ts';
import { hr } from '../lib/proc.ts';

/**
 * 'yws' is the y-websocket framing (Samsyn, the stock server, the bare broadcast);
 * 'hocus' prefixes every message with the document name and needs an auth message first.
 */
export type Dialect = 'yws' | 'hocus';

const SYNC = 0;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;
const HOCUS_AUTH = 2;
const HOCUS_SYNC_REPLY = 4;
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());
/** Each benchmark edit inserts `{e<id>}`; a receiver finds the id in the raw update bytes. */
const MARKER = /\{e(\d+)\}/g;

export interface YjsClientOptions {
  url: string;
  docName: string;
  dialect: Dialect;
  headers?: Record<string, string>;
  /** Given: a real Yjs client that applies everything it receives. Absent: a light client. */
  doc?: Y.Doc;
  /** The bare broadcast server has no document and never answers a sync request. */
  syncWithServer: boolean;
  onEdit?: (editId: number, at: number) => void;
  /** A light client reconnecting with the state it held: asks only for what it lacks. */
  stateVector?: Uint8Array;
  /** A light client's edits made while offline: sent in answer to the server's sync request. */
  offline?: Uint8Array;
}

/**
 * A participant's Yjs connection that speaks the protocol without applying updates (unless
 * `doc` is given): a process holding hundreds of real Yjs clients would be the bottleneck.
 */
export class YjsClient {
  readonly ws: WebSocket;
  docBytes = 0;
  refused = 0;
  private synced = false;
  private readonly waiters: Array<() => void> = [];

  constructor(private readonly o: YjsClientOptions) {
    // The Origin a phone's page sends: Samsyn refuses an upgrade without it (peers ignore it).
    this.ws = new WebSocket(o.url, {
      headers: o.headers ?? {},
      origin: originOf(o.url),
      perMessageDeflate: false,
    });
    this.ws.binaryType = 'nodebuffer';
    this.ws.on('open', () => this.onOpen());
    this.ws.on('message', (data: Buffer) => this.onMessage(data));
    this.ws.on('error', () => {}); // surfaced as a close, which `ready` reports
  }

  /** Resolves when synced with the server (or open, for the bare broadcast). */
  ready(timeoutMs: number): Promise<void> {
    if (this.synced) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('yjs sync timed out')), timeoutMs);
      this.ws.once('close', (code) => reject(new Error(`yjs closed ${code}`)));
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Bytes received on the wire, upgrade response included (ws keeps the socket as `_socket`). */
  bytesRead(): number {
    return (this.ws as unknown as { _socket?: { bytesRead: number } })._socket?.bytesRead ?? 0;
  }

  sendUpdate(update: Uint8Array): void {
    this.send((e) => {
      encoding.writeVarUint(e, SYNC);
      encoding.writeVarUint(e, UPDATE);
      encoding.writeVarUint8Array(e, update);
    });
  }

  close(): void {
    this.ws.terminate();
  }

  private send(write: (e: encoding.Encoder) => void): void {
    const e = encoding.createEncoder();
    if (this.o.dialect === 'hocus') encoding.writeVarString(e, this.o.docName);
    write(e);
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(encoding.toUint8Array(e));
  }

  private onOpen(): void {
    if (!this.o.syncWithServer) {
      this.markSynced();
      return;
    }
    if (this.o.dialect === 'hocus') {
      // Hocuspocus queues everything until a token arrives; without onAuthenticate any token passes.
      this.send((e) => {
        encoding.writeVarUint(e, HOCUS_AUTH);
        encoding.writeVarUint(e, 0);
        encoding.writeVarString(e, 'bench');
      });
    }
    this.send((e) => {
      encoding.writeVarUint(e, SYNC);
      encoding.writeVarUint(e, STEP1);
      encoding.writeVarUint8Array(
        e,
        this.o.doc ? Y.encodeStateVector(this.o.doc) : (this.o.stateVector ?? new Uint8Array([0])),
      );
    });
  }

  private markSynced(): void {
    this.synced = true;
    for (const w of this.waiters.splice(0)) w();
  }

  private onMessage(data: Buffer): void {
    const d = decoding.createDecoder(data);
    if (this.o.dialect === 'hocus') decoding.readVarString(d);
    const type = decoding.readVarUint(d);
    if (type === 101) this.refused += 1; // Samsyn's `refused`
    if (type !== SYNC && !(this.o.dialect === 'hocus' && type === HOCUS_SYNC_REPLY)) return;
    const sub = decoding.readVarUint(d);
    if (sub === STEP1) {
      // Answer as y-websocket does: with what we have that the server lacks (nothing, for a light client).
      const sv = decoding.readVarUint8Array(d);
      const update = this.o.doc ? Y.encodeStateAsUpdate(this.o.doc, sv) : (this.o.offline ?? EMPTY_UPDATE);
      this.send((e) => {
        encoding.writeVarUint(e, SYNC);
        encoding.writeVarUint(e, STEP2);
        encoding.writeVarUint8Array(e, update);
      });
      return;
    }
    const update = decoding.readVarUint8Array(d);
    if (this.o.doc) Y.applyUpdate(this.o.doc, update, this);
    if (sub === STEP2 && !this.synced) {
      this.docBytes = update.byteLength;
      this.markSynced();
    } else if (sub === UPDATE && this.o.onEdit) {
      const at = hr();
      for (const m of Buffer.from(update).toString('latin1').matchAll(MARKER))
        this.o.onEdit(Number(m[1]), at);
    }
  }
}

/** A tiny real Y.Doc per editing participant: each edit is a genuine update from its own client id. */
export class Editor {
  readonly doc = new Y.Doc();
  constructor(seed: Uint8Array) {
    Y.applyUpdate(this.doc, seed);
  }

  edit(editId: number, key: string): Uint8Array {
    let out: Uint8Array = new Uint8Array();
    const capture = (u: Uint8Array) => {
      out = u;
    };
    this.doc.on('update', capture);
    this.doc.getMap<Y.Text>('texts').get(key)?.insert(0, `{e${editId}} `);
    this.doc.off('update', capture);
    return out;
  }
}

/** The texts of a document as plain strings, for comparing replicas. */
export function textsOf(doc: Y.Doc): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of doc.getMap<Y.Text>('texts')) out[k] = v.toString();
  return out;
}
