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

interface Opened {
  /** Views holding it open; the connection closes a moment after the last one lets go. */
  users: number;
  close: () => void;
  linger: ReturnType<typeof setTimeout> | undefined;
}

/**
 * How long a document no view shows stays connected: when the room moves from a list to the
 * dot voting over it, the voting screen (a lazy chunk, mounted a moment later) finds its labels
 * already there instead of reconnecting.
 */
const LINGER_MS = 5000;

const opened = new Map<string, Opened>();
/** Documents with edits not yet confirmed stored; the one save indicator shows whether any has. */
const unsaved = new Set<string>();

function setUnsaved(docId: string, value: boolean): void {
  if (value) unsaved.add(docId);
  else unsaved.delete(docId);
  useSaveStore.getState().setTextUnsaved(unsaved.size > 0);
}

/**
 * Opens one activity's shared texts (the y-websocket room named by its id). Returns a closer.
 * Views that show the same document share one connection.
 */
export function openTexts(docId: string): () => void {
  let entry = opened.get(docId);
  if (entry) {
    entry.users += 1;
    clearTimeout(entry.linger);
  } else {
    entry = { users: 1, close: connect(docId), linger: undefined };
    opened.set(docId, entry);
  }
  const own = entry;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    own.users -= 1;
    if (own.users > 0) return;
    own.linger = setTimeout(() => {
      if (own.users > 0 || opened.get(docId) !== own) return;
      opened.delete(docId);
      own.close();
    }, LINGER_MS);
  };
}

/**
 * One document's connection. After a refused write the doc is thrown away and rebuilt from the
 * server, because our local state now holds an edit the server rejected.
 */
function connect(docId: string): () => void {
  const store = () => useYjsStore.getState();
  let session: Session | null = null;
  // Edits made while offline have not been counted by any socket yet.
  let offlineEdits = false;

  const updateSaved = (socket?: CountingWebSocket) => {
    // Closed for good: a late close event must not mark this document unsaved again.
    if (session === null) return;
    const ws = socket ?? session.provider.ws;
    const pending = ws instanceof CountingWebSocket ? ws.sent > ws.acked : false;
    if (ws instanceof CountingWebSocket && ws.acked >= ws.sent && ws.sent > 0) offlineEdits = false;
    setUnsaved(docId, pending || offlineEdits);
  };
  const stopListening = onCountsChanged((ws) => {
    if (ws === session?.provider.ws) updateSaved(ws);
  });

  const start = () => {
    const doc = new Y.Doc();
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${YJS_PATH}`;
    const provider = new WebsocketProvider(url, docId, doc, {
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
      if (typedSinceRefusal && store().docs[docId]?.refused) store().patch(docId, { refused: null });
    };
    provider.messageHandlers[YJS_MESSAGE.refused] = (_enc, dec) => {
      const code = decoding.readVarString(dec);
      store().patch(docId, { refused: isErrorCode(code) ? code : 'LOCKED' });
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
      // A session torn down on purpose (closed, or rebuilt after a refusal) says nothing any more.
      if (s.closing) return;
      updateSaved();
      // y-websocket's own retry has no jitter; turning shouldConnect off makes it a no-op.
      provider.shouldConnect = false;
      if (event && (event.code === YJS_CLOSE.unauthorised || event.code === YJS_CLOSE.notFound)) {
        store().patch(docId, { fatal: true });
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
      if (!s.closing) store().patch(docId, synced ? { synced, everSynced: true } : { synced });
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
    const bump = (key: 'keysVersion' | 'contentVersion') => {
      if (!s.closing) store().patch(docId, { [key]: (store().docs[docId]?.[key] ?? 0) + 1 });
    };
    texts.observe(() => bump('keysVersion'));
    texts.observeDeep(() => bump('contentVersion'));
    store().patch(docId, { texts, synced: false, fatal: false });
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
    stopListening();
    store().drop(docId);
    setUnsaved(docId, false);
  };
}
