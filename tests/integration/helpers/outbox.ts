import type { Socket } from 'socket.io-client';
import {
  createOutbox,
  LOST,
  newOpId,
  OUTBOX_POLICY,
  type OutboxPolicy,
} from '../../../client/realtime/outbox.ts';
import type { Ack } from '../../../shared/protocol/errors.ts';
import type { TestSocket } from './sockets.ts';

/** A small deterministic PRNG (mulberry32): the same seed, the same moments of loss. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface OutboxClient {
  /** Sends one operation through the product's outbox, with a fresh operation id unless given. */
  send(
    event: string,
    payload: object,
    opId?: string,
  ): { opId: string; reply: Promise<Ack<unknown> | 'lost'> };
  /** How many times an operation has gone out on the wire (first send and retries). */
  sends(opId: string): number;
}

/**
 * The client's own outbox (client/realtime/outbox.ts) over a real socket.io-client socket, as the
 * phone runs it, with short timings so lost acks are noticed quickly in a test.
 */
export function outboxClient(t: TestSocket, policy: Partial<OutboxPolicy> = {}): OutboxClient {
  const socket = t.socket as unknown as Socket;
  const counts = new Map<string, number>();
  socket.onAnyOutgoing((_event: string, payload: unknown) => {
    const opId = typeof payload === 'object' && payload && 'opId' in payload ? payload.opId : null;
    if (typeof opId === 'string') counts.set(opId, (counts.get(opId) ?? 0) + 1);
  });
  const whenConnected = (ms: number) =>
    socket.connected
      ? Promise.resolve(true)
      : new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => {
            socket.off('connect', onConnect);
            resolve(false);
          }, ms);
          const onConnect = () => {
            clearTimeout(timer);
            resolve(true);
          };
          socket.once('connect', onConnect);
        });
  const outbox = createOutbox(
    { socket: () => socket, whenConnected },
    { ...OUTBOX_POLICY, timeoutMs: 1500, waitMs: 15_000, baseMs: 20, capMs: 200, ...policy },
  );
  return {
    send(event, payload, opId = newOpId()) {
      const reply = outbox
        .send(event, { ...payload, opId })
        .then((r) => (r === LOST ? 'lost' : (r as Ack<unknown>)));
      return { opId, reply };
    },
    sends: (opId) => counts.get(opId) ?? 0,
  };
}
