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

/** A y-websocket sync message (step 2 or update) carrying `update`, encoded once for every recipient. */
function syncMessage(subtype: number, update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, YJS_MESSAGE.sync);
  encoding.writeVarUint(e, subtype);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** An update as y-websocket frames it, built once and sent to every peer. */
export const updateMessage = (update: Uint8Array) => syncMessage(syncProtocol.messageYjsUpdate, update);

/** Sync step 2 (the answer to a client's state vector). */
export const syncStep2Message = (update: Uint8Array) => syncMessage(syncProtocol.messageYjsSyncStep2, update);
