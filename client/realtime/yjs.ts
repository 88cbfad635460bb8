import * as Y from 'yjs';
import { isErrorCode } from '../../shared/protocol/errors.ts';
import { TEXTS_KEY, YJS_CLOSE, YJS_PATH } from '../../shared/protocol/yjsDoc.ts';
import { useSaveStore } from '../stores/saveStore.ts';
import { useYjsStore } from '../stores/yjsStore.ts';
import { DocChannel } from './docChannel.ts';

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;

interface Session {
  doc: Y.Doc;
  /** The current connection; a new one after each reconnect, on the same document. */
  channel: DocChannel;
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
 * How long a document no view shows stays connected: a view that remounts (the control room
 * switching panels, a phone's list after a preview) finds it there instead of reconnecting.
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
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${YJS_PATH}/${encodeURIComponent(docId)}`;
  let session: Session | null = null;
  // Edits made while offline have not been counted by any connection yet.
  let offlineEdits = false;

  const updateSaved = () => {
    // Closed for good: a late close event must not mark this document unsaved again.
    if (session === null) return;
    const { channel } = session;
    if (channel.saved >= channel.sent && channel.sent > 0) offlineEdits = false;
    setUnsaved(docId, channel.sent > channel.saved || channel.holding || offlineEdits);
  };

  const start = () => {
    const doc = new Y.Doc();
    const s: Session = { doc, channel: null as unknown as DocChannel, closing: false, timer: undefined };
    session = s;
    let attempt = 0;
    // Set by the person's own typing; the refusal notice stays until such an edit is stored.
    let typedSinceRefusal = false;

    const open = () => {
      s.channel = new DocChannel(doc, new WebSocket(url), {
        synced: () => {
          attempt = 0;
          if (!s.closing) store().patch(docId, { synced: true, everSynced: true });
        },
        counted: () => {
          updateSaved();
          if (typedSinceRefusal && s.channel.saved >= s.channel.sent && store().docs[docId]?.refused)
            store().patch(docId, { refused: null });
        },
        refused: (code) => {
          store().patch(docId, { refused: isErrorCode(code) ? code : 'LOCKED' });
          // Rebuilding inside the message handler would tear down the socket mid-dispatch.
          setTimeout(() => {
            if (session !== s || s.closing) return;
            stop(s);
            offlineEdits = false;
            start();
          }, 0);
        },
        closed: (code) => {
          if (s.closing) return;
          store().patch(docId, { synced: false });
          updateSaved();
          if (code === YJS_CLOSE.unauthorised || code === YJS_CLOSE.notFound) {
            store().patch(docId, { fatal: true });
            return;
          }
          // Jittered, so a hall of phones back from a dropped network does not return in one instant.
          const delay = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt) * (0.5 + Math.random());
          attempt += 1;
          s.timer = setTimeout(() => {
            if (!s.closing) open();
          }, delay);
        },
      });
    };

    doc.on('update', (_update, origin) => {
      if (origin === s.channel) return;
      typedSinceRefusal = true;
      if (!s.channel.connected) {
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
    open();
  };

  const stop = (s: Session) => {
    s.closing = true;
    clearTimeout(s.timer);
    s.channel.close();
    s.doc.destroy();
  };

  start();
  return () => {
    if (session) stop(session);
    session = null;
    store().drop(docId);
    setUnsaved(docId, false);
  };
}
