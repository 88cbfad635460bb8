import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { TEXTS_KEY, YJS_MESSAGE, YJS_PATH } from '../../../shared/protocol/yjsDoc.ts';
import { pageHeaders } from '../helpers/origin.ts';
import { waitFor } from '../helpers/waitFor.ts';

export type Reply = { saved: number } | { refused: string };

/**
 * A Yjs peer on a bare socket, for sending what a stock provider never would: updates with a
 * chosen client id, withheld dependencies, structural changes. It keeps its own copy of the
 * document, fed by the server, and records each reply to what it sent.
 */
export interface RawYjs {
  ws: WebSocket;
  doc: Y.Doc;
  texts: Y.Map<unknown>;
  replies: Reply[];
  closed: Promise<number>;
}

const SERVER = Symbol('from server');

function frame(subtype: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, YJS_MESSAGE.sync);
  encoding.writeVarUint(e, subtype);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** Connects to an activity's document, asks for all of it and waits until it has arrived. */
export async function rawYjs(
  baseUrl: string,
  activityId: string,
  cookie: string | null,
  clientID?: number,
): Promise<RawYjs> {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}${YJS_PATH}/${activityId}`, {
    headers: pageHeaders(baseUrl, cookie),
  });
  const raw: RawYjs = {
    ws,
    doc,
    texts: doc.getMap<unknown>(TEXTS_KEY),
    replies: [],
    closed: new Promise((resolve) => ws.on('close', (code: number) => resolve(code))),
  };
  ws.on('error', () => {});
  let synced = false;
  ws.on('message', (data: Buffer) => {
    const d = decoding.createDecoder(new Uint8Array(data));
    const type = decoding.readVarUint(d);
    if (type === YJS_MESSAGE.saved) raw.replies.push({ saved: decoding.readVarUint(d) });
    else if (type === YJS_MESSAGE.refused) raw.replies.push({ refused: decoding.readVarString(d) });
    else if (type === YJS_MESSAGE.sync) {
      const sub = decoding.readVarUint(d);
      if (sub === syncProtocol.messageYjsSyncStep1) return; // we offer nothing unasked
      Y.applyUpdate(doc, decoding.readVarUint8Array(d), SERVER);
      if (sub === syncProtocol.messageYjsSyncStep2) synced = true;
    }
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', (code) => reject(new Error(`closed with ${code} before open`)));
  });
  ws.send(frame(syncProtocol.messageYjsSyncStep1, Y.encodeStateVector(new Y.Doc())));
  await waitFor(() => synced, 5000, 'raw client synced');
  return raw;
}

/** Sends an update as a y-websocket update message. */
export function sendUpdate(raw: RawYjs, update: Uint8Array): void {
  raw.ws.send(frame(syncProtocol.messageYjsUpdate, update));
}

/** The update a local change makes, without sending it. */
export function captureUpdate(doc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const listener = (update: Uint8Array, origin: unknown) => {
    if (origin !== SERVER) updates.push(update);
  };
  doc.on('update', listener);
  try {
    doc.transact(change);
  } finally {
    doc.off('update', listener);
  }
  return Y.mergeUpdates(updates);
}

/** Makes a local change, sends it, and resolves with the server's reply to it. */
export async function edit(raw: RawYjs, change: () => void): Promise<Reply> {
  const before = raw.replies.length;
  sendUpdate(raw, captureUpdate(raw.doc, change));
  return waitFor(() => raw.replies[before], 5000, 'a reply to the edit');
}

export function textIn(raw: RawYjs, priorityId: string): Y.Text {
  const value = raw.texts.get(priorityId);
  if (!(value instanceof Y.Text)) throw new Error(`no text ${priorityId}`);
  return value;
}
