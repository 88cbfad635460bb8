import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { TEXTS_KEY, YJS_MESSAGE, YJS_PATH } from '../../shared/protocol/yjsDoc.ts';
import type { RawYjs } from '../integration/collab/rawYjs.ts';
import { pageHeaders } from '../integration/helpers/origin.ts';

const SERVER = Symbol('from server');

/**
 * Like collab/rawYjs.ts, but a refusal is an answer rather than an error: resolves with the
 * peer once the server has sent the document, or with `closed NNNN` when it closes first
 * (an upgrade that is accepted and then closed with 4401/4404), or `HTTP NNN` before the upgrade.
 */
export function openPeer(url: string, docId: string, cookie: string | null): Promise<RawYjs | string> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}${YJS_PATH}/${docId}`, {
    headers: pageHeaders(url, cookie),
  });
  const doc = new Y.Doc();
  const raw: RawYjs = {
    ws,
    doc,
    texts: doc.getMap<unknown>(TEXTS_KEY),
    replies: [],
    closed: new Promise((resolve) => ws.on('close', (code: number) => resolve(code))),
  };
  ws.on('error', () => {});
  return new Promise((resolve) => {
    ws.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      const type = decoding.readVarUint(d);
      if (type === YJS_MESSAGE.saved) raw.replies.push({ saved: decoding.readVarUint(d) });
      else if (type === YJS_MESSAGE.refused) raw.replies.push({ refused: decoding.readVarString(d) });
      else if (type === YJS_MESSAGE.sync) {
        const sub = decoding.readVarUint(d);
        if (sub === syncProtocol.messageYjsSyncStep1) return;
        Y.applyUpdate(doc, decoding.readVarUint8Array(d), SERVER);
        if (sub === syncProtocol.messageYjsSyncStep2) resolve(raw);
      }
    });
    ws.once('open', () => {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, YJS_MESSAGE.sync);
      syncProtocol.writeSyncStep1(e, new Y.Doc());
      ws.send(encoding.toUint8Array(e));
    });
    ws.once('close', (code) => resolve(`closed ${code}`));
    ws.once('unexpected-response', (_req, res) => {
      resolve(`HTTP ${res.statusCode}`);
      ws.terminate();
    });
  });
}
