import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { YJS_MESSAGE } from '../../shared/protocol/yjsDoc.ts';

export function savedMessage(count: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, YJS_MESSAGE.saved);
  encoding.writeVarUint(e, count);
  return encoding.toUint8Array(e);
}

export function refusedMessage(code: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, YJS_MESSAGE.refused);
  encoding.writeVarString(e, code);
  return encoding.toUint8Array(e);
}

export const HEARTBEAT_MESSAGE: Uint8Array = (() => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, YJS_MESSAGE.heartbeat);
  return encoding.toUint8Array(e);
})();

/** An update as y-websocket frames it, built once and sent to every peer. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, YJS_MESSAGE.sync);
  encoding.writeVarUint(e, syncProtocol.messageYjsUpdate);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** Sync step 2 (the answer to a client's state vector) as y-websocket frames it. */
export function syncStep2Message(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, YJS_MESSAGE.sync);
  encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}
