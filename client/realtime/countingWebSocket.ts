import * as decoding from 'lib0/decoding';
import { YJS_MESSAGE } from '../../shared/protocol/yjsDoc.ts';

const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** Sync step 2 and update messages carry document changes; the server counts the same ones. */
function isUpdateBearing(data: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== YJS_MESSAGE.sync) return false;
    const kind = decoding.readVarUint(decoder);
    return kind === SYNC_STEP_2 || kind === SYNC_UPDATE;
  } catch {
    return false;
  }
}

type Listener = (socket: CountingWebSocket) => void;
const listeners = new Set<Listener>();

/** One listener per open document (a page may hold several); returns the unsubscriber. */
export function onCountsChanged(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function notify(socket: CountingWebSocket): void {
  for (const fn of listeners) fn(socket);
}

/**
 * Counts outgoing update-bearing messages on this connection, so the server's "saved" count
 * (also per connection) tells us when every edit we sent is stored.
 */
export class CountingWebSocket extends WebSocket {
  sent = 0;
  acked = 0;

  override send(data: Parameters<WebSocket['send']>[0]): void {
    super.send(data);
    if (data instanceof Uint8Array && isUpdateBearing(data)) {
      this.sent += 1;
      notify(this);
    }
  }

  markAcked(count: number): void {
    this.acked = count;
    notify(this);
  }
}
