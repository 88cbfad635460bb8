import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { YJS_CLOSE, YJS_MESSAGE } from '../../shared/protocol/yjsDoc.ts';
import { firstBeat } from './heartbeat.ts';
import { isEmptyStateVector, type LiveDoc } from './liveDoc.ts';
import { HEARTBEAT_MESSAGE, refusedMessage, savedMessage } from './messages.ts';
import type { ConnectionPolicy } from './writePolicy.ts';

/**
 * One y-websocket client. Every update-bearing message is checked whole against the policy,
 * asked again each time because a lock or a phase change applies to connections already open.
 * A refused update is answered, never silently filtered (see Yjs THREAT_MODEL.md).
 */
export class YjsConnection {
  /** Update-bearing messages stored from this connection; echoed back as the `saved` ack. */
  private stored = 0;
  /** Heartbeat bookkeeping (see heartbeat.ts). */
  alive = true;
  lastSentAt = Date.now();
  beatAt = firstBeat(Date.now());

  constructor(
    readonly ws: WebSocket,
    private readonly live: LiveDoc,
    private readonly policy: ConnectionPolicy,
    /** Told the keys of the texts each accepted update changed (who writes where, history). */
    private readonly onEdited: (keys: ReadonlySet<string>) => void = () => {},
  ) {}

  /**
   * Sync step 1 from the server asks the client for what it has. Only writers are asked, and only
   * once their own step 1 shows they hold something: a phone that has just joined holds nothing,
   * and a hall of them would otherwise cost two pointless messages each.
   */
  private askForState(clientStateVector: Uint8Array): void {
    if (isEmptyStateVector(clientStateVector) || !this.policy.mayWrite()) return;
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, YJS_MESSAGE.sync);
    syncProtocol.writeSyncStep1(e, this.live.doc);
    this.send(encoding.toUint8Array(e));
  }

  /** Throws if the update is malformed or storing it failed; the caller decides whom that closes. */
  handle(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    let syncType: number;
    let payload: Uint8Array;
    try {
      const type = decoding.readVarUint(decoder);
      if (type !== YJS_MESSAGE.sync) return; // awareness is not used: presence goes over Socket.IO
      syncType = decoding.readVarUint(decoder);
      payload = decoding.readVarUint8Array(decoder);
    } catch {
      // A badly framed message is this client's fault and touched nothing: close it alone,
      // rather than throwing, which would reset the room and disconnect everyone in it.
      this.ws.close(YJS_CLOSE.malformed, 'malformed');
      return;
    }
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      // Asked before answered: a client back with offline edits then sends them before it counts
      // itself synced, and what it types meanwhile (held until synced, client/realtime/
      // docChannel.ts) never arrives ahead of the edits it depends on (YJS_MISSING_DEPENDENCY).
      this.askForState(payload);
      this.send(this.live.syncStep2(payload));
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) return;
    // LiveDoc stores an accepted update and broadcasts it before returning.
    const written = this.live.write(payload, this.policy, this);
    if (!written.ok) {
      this.send(refusedMessage(written.code));
      return;
    }
    this.stored += 1;
    this.send(savedMessage(this.stored));
    if (written.touched.size > 0) this.onEdited(written.touched);
  }

  send(message: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(message);
    this.lastSentAt = Date.now();
  }

  ping(): void {
    this.ws.ping();
  }

  heartbeat(): void {
    this.send(HEARTBEAT_MESSAGE);
  }

  terminate(): void {
    this.ws.terminate();
  }
}
