import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { TEXTS_KEY, YJS_MESSAGE, YJS_PATH } from '../../../shared/protocol/yjsDoc.ts';
import { pageHeaders } from './origin.ts';

/** A y-websocket client with what the server told it beyond the sync protocol. */
export interface YClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  texts: Y.Map<Y.Text>;
  /** Update-bearing messages sent on the current connection (sync step 2 and updates). */
  sent: number;
  /** The last `saved` count the server acknowledged on the current connection. */
  saved: number;
  refused: string[];
  closeCodes: number[];
}

const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

function isUpdateBearing(data: unknown): boolean {
  if (!(data instanceof Uint8Array)) return false;
  const d = decoding.createDecoder(data);
  if (decoding.readVarUint(d) !== YJS_MESSAGE.sync) return false;
  const sub = decoding.readVarUint(d);
  return sub === SYNC_STEP_2 || sub === SYNC_UPDATE;
}

/** A y-websocket client of the document named `docName` (an activity id: the list whose texts it holds). */
export function connectYjs(baseUrl: string, docName: string, cookie: string | null): YClient {
  const doc = new Y.Doc();
  // The provider is set below; its constructor already opens the first socket, which needs `y`.
  const y: YClient = {
    doc,
    provider: null as unknown as WebsocketProvider,
    texts: doc.getMap<Y.Text>(TEXTS_KEY),
    sent: 0,
    saved: 0,
    refused: [],
    closeCodes: [],
  };
  // Node has no cookies and no page; the browser would send both its cookies and its Origin on the
  // upgrade. Counting what is sent lets a test know when every edit so far is acknowledged by the
  // `saved` message.
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: pageHeaders(baseUrl, cookie) });
      y.sent = 0;
      y.saved = 0;
      this.on('close', (code: number) => y.closeCodes.push(code));
    }
    override send(data: Parameters<WebSocket['send']>[0]): void {
      if (isUpdateBearing(data)) y.sent += 1;
      super.send(data);
    }
  }
  y.provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}${YJS_PATH}`, docName, doc, {
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
    // Without this, clients in one Node process sync over BroadcastChannel and skip the server.
    disableBc: true,
  });
  y.provider.messageHandlers[YJS_MESSAGE.saved] = (_e, decoder) => {
    y.saved = decoding.readVarUint(decoder);
  };
  y.provider.messageHandlers[YJS_MESSAGE.refused] = (_e, decoder) => {
    y.refused.push(decoding.readVarString(decoder));
  };
  y.provider.messageHandlers[YJS_MESSAGE.heartbeat] = () => {};
  return y;
}

export const textOf = (y: YClient, priorityId: string): string | undefined =>
  y.texts.get(priorityId)?.toString();

/** True once the server has acknowledged storing everything this client sent on this connection. */
export const allSaved = (y: YClient): boolean => y.provider.synced && y.saved >= y.sent;

export function closeYjs(y: YClient): void {
  // A test may have given the doc another client id (to write under someone else's); the
  // provider's awareness only knows the first one, and its goodbye message would throw.
  y.doc.clientID = y.provider.awareness.clientID;
  y.provider.destroy();
  y.doc.destroy();
}
