/**
 * The Yjs document of an activity whose type has texts (a list). It holds only what people type
 * together:
 *
 *   doc.getMap<Y.Text>(TEXTS_KEY)   priority id → its text
 *
 * Everything else (order, hidden, merges, phase, votes) is server state sent over Socket.IO.
 * Keys are created and removed by the server only; clients may only insert and delete characters
 * in the Y.Text values, and the server refuses any other update whole (server/collab/updateCheck.ts).
 */
export const TEXTS_KEY = 'texts';

/** y-websocket path prefix; the room name after it is the activity id. */
export const YJS_PATH = '/yjs';

/**
 * Message types beyond y-websocket's sync (0) and awareness (1). Clients must register
 * handlers for them; the stock client ignores unknown types after logging.
 */
export const YJS_MESSAGE = {
  sync: 0,
  awareness: 1,
  /** Server → client: every update-bearing message received on this connection so far is stored.
   *  Payload: varUint count of such messages. */
  saved: 100,
  /** Server → client: a write was refused whole; the client must drop local state and resync.
   *  Payload: varString error code (see docs/protocol.md, "Rules the server enforces"). */
  refused: 101,
  /** Server → client: keeps idle connections alive (y-websocket closes after 30 s of silence). */
  heartbeat: 102,
} as const;

/** WebSocket close codes used by the Yjs endpoint. */
export const YJS_CLOSE = {
  /** A message that is not a well-formed y-websocket frame; only the sender is closed. */
  malformed: 1007,
  tooLarge: 1009,
  unauthorised: 4401,
  notFound: 4404,
  /** The activity's stored document cannot be read (DOCUMENT_UNREADABLE); only its own clients are closed. */
  unreadable: 4500,
  serverShutdown: 1012,
} as const;
