import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { isErrorCode } from '../../shared/protocol/errors.ts';
import { TEXTS_KEY, YJS_CLOSE, YJS_MESSAGE, YJS_PATH } from '../../shared/protocol/yjsDoc.ts';
import { useSaveStore } from '../stores/saveStore.ts';
import { useYjsStore } from '../stores/yjsStore.ts';
import { CountingWebSocket, onCountsChanged } from './countingWebSocket.ts';

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;

interface Session {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closing: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Opens the workshop's shared texts. Returns a closer. After a refused write the doc is thrown
 * away and rebuilt from the server, because our local state now holds an edit the server rejected.
 */
export function openTexts(workshopId: string): () => void {
  let session: Session | null = null;
  // Edits made while offline have not been counted by any socket yet.
  let offlineEdits = false;

  const updateSaved = (socket?: CountingWebSocket) => {
    const ws = socket ?? session?.provider.ws;
    const pending = ws instanceof CountingWebSocket ? ws.sent > ws.acked : false;
    if (ws instanceof CountingWebSocket && ws.acked >= ws.sent && ws.sent > 0) offlineEdits = false;
    useSaveStore.getState().setTextUnsaved(pending || offlineEdits);
  };
  onCountsChanged((ws) => {
    if (ws === session?.provider.ws) updateSaved(ws);
  });

  const start = () => {
    const doc = new Y.Doc();
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${YJS_PATH}`;
    const provider = new WebsocketProvider(url, workshopId, doc, {
      WebSocketPolyfill: CountingWebSocket,
      maxBackoffTime: MAX_DELAY_MS,
      // Each tab syncs through the server, which decides write access per connection.
      disableBc: true,
    });
    // Presence travels over Socket.IO; awareness would only leak cursor data and cost bandwidth.
    provider.awareness.setLocalState(null);
    const s: Session = { doc, provider, closing: false, timer: undefined };
    session = s;
    let attempt = 0;

    // Set by the person's own typing; the refusal notice stays until such an edit is stored.
    let typedSinceRefusal = false;
    provider.messageHandlers[YJS_MESSAGE.saved] = (_enc, dec, p) => {
      const count = decoding.readVarUint(dec);
      if (p.ws instanceof CountingWebSocket) p.ws.markAcked(count);
      if (typedSinceRefusal && useYjsStore.getState().refused) useYjsStore.getState().set({ refused: null });
    };
    provider.messageHandlers[YJS_MESSAGE.refused] = (_enc, dec) => {
      const code = decoding.readVarString(dec);
      useYjsStore.getState().set({ refused: isErrorCode(code) ? code : 'LOCKED' });
      // Rebuilding inside the message handler would tear down the socket mid-dispatch.
      setTimeout(() => {
        if (session !== s || s.closing) return;
        stop(s);
        offlineEdits = false;
        start();
      }, 0);
    };
    provider.messageHandlers[YJS_MESSAGE.heartbeat] = () => {};

    provider.on('connection-close', (event) => {
      updateSaved();
      if (s.closing) return;
      // y-websocket's own retry has no jitter; turning shouldConnect off makes it a no-op.
      provider.shouldConnect = false;
      if (event && (event.code === YJS_CLOSE.unauthorised || event.code === YJS_CLOSE.notFound)) {
        useYjsStore.getState().set({ fatal: true });
        return;
      }
      const delay = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt) * (0.5 + Math.random());
      attempt += 1;
      s.timer = setTimeout(() => {
        if (!s.closing) provider.connect();
      }, delay);
    });
    provider.on('sync', (synced) => {
      if (synced) attempt = 0;
      useYjsStore.getState().set({ synced });
    });
    doc.on('update', (_update, origin) => {
      if (origin !== provider) typedSinceRefusal = true;
      if (origin !== provider && !provider.wsconnected) {
        offlineEdits = true;
        updateSaved();
      }
    });

    // Untrusted values: readers go through shared/protocol/yjsTexts.ts.
    const texts = doc.getMap<unknown>(TEXTS_KEY);
    texts.observe(() => useYjsStore.getState().set({ keysVersion: useYjsStore.getState().keysVersion + 1 }));
    texts.observeDeep(() =>
      useYjsStore.getState().set({ contentVersion: useYjsStore.getState().contentVersion + 1 }),
    );
    useYjsStore.getState().set({ texts, synced: false, fatal: false });
  };

  const stop = (s: Session) => {
    s.closing = true;
    clearTimeout(s.timer);
    s.provider.awareness.destroy();
    s.provider.destroy();
    s.doc.destroy();
  };

  start();
  return () => {
    if (session) stop(session);
    session = null;
    onCountsChanged(() => {});
    useYjsStore.getState().set({ texts: null, synced: false });
    useSaveStore.getState().setTextUnsaved(false);
  };
}
