import WebSocket from 'ws';
import type * as Y from 'yjs';
import { openTexts } from '../../../client/realtime/yjs.ts';
import { useSaveStore } from '../../../client/stores/saveStore.ts';
import { useYjsStore } from '../../../client/stores/yjsStore.ts';
import { pageHeaders } from '../../integration/helpers/origin.ts';

/**
 * The phone's own Yjs client (client/realtime/yjs.ts, with its reconnection policy) in Node: the
 * browser globals it reads, `location` and `WebSocket`, stand in for a page on `baseUrl` holding
 * `cookie` (its WebSocket sends the cookie and the page's Origin, as a browser's does). Its
 * stores are module-level, so one per test file. Records when each connection attempt was made,
 * for the back-off figures.
 */
export function openPhoneTexts(baseUrl: string, cookie: string, docId: string) {
  const attempts: number[] = [];
  const url = new URL(baseUrl);
  const g = globalThis as unknown as { location: unknown; WebSocket: unknown };
  g.location = { protocol: url.protocol, host: url.host };
  g.WebSocket = class extends WebSocket {
    constructor(address: string) {
      super(address, { headers: pageHeaders(baseUrl, cookie) });
      attempts.push(Date.now());
    }
  };
  const close = openTexts(docId);
  const doc = () => useYjsStore.getState().docs[docId];
  return {
    attempts,
    close,
    synced: () => doc()?.synced === true,
    /** Every edit confirmed stored: what the phone shows as "Sparat". */
    saved: () => doc()?.synced === true && !useSaveStore.getState().textUnsaved,
    texts: () => doc()?.texts as Y.Map<Y.Text> | null | undefined,
  };
}
