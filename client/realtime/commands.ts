import type { Socket } from 'socket.io-client';
import { type Ack, isErrorCode } from '../../shared/protocol/errors.ts';
import type { ClientEvent, ClientToServerEvents } from '../../shared/protocol/events.ts';
import { isOpEvent } from '../../shared/protocol/ops.ts';
import { useSaveStore } from '../stores/saveStore.ts';
import { createOutbox, LOST, newOpId, OUTBOX_POLICY } from './outbox.ts';
import { currentSocket } from './socket.ts';
import { whenConnected } from './whenConnected.ts';

const TIMEOUT_MS = OUTBOX_POLICY.timeoutMs;

/** State-changing commands go through one outbox per page, which retries them in order. */
const outbox = createOutbox({ socket: () => currentSocket(), whenConnected }, OUTBOX_POLICY);

type PayloadOf<E extends ClientEvent> = Parameters<ClientToServerEvents[E]>[0];
type ReplyOf<E extends ClientEvent> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];
export type DataOf<E extends ClientEvent> = ReplyOf<E> extends Ack<infer T> ? T : never;

function isAck(
  value: unknown,
): value is { ok: true; data: unknown } | { ok: false; error: { code: unknown } } {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'data' in value;
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null;
}

/** One send, no retry: for reads and the heartbeat, which are simply asked again. */
async function once(event: ClientEvent, payload: object): Promise<unknown> {
  const socket = currentSocket();
  if (!socket) return LOST;
  try {
    // The typed event map cannot express "some event E" generically; the untyped view of the
    // same socket can, and the reply is checked below anyway.
    const untyped: Socket = socket;
    return await untyped.timeout(TIMEOUT_MS).emitWithAck(event, payload);
  } catch {
    return LOST;
  }
}

/**
 * Emits a command and waits for its ack. A state-changing command is one user action: it gets an
 * operation id, and is sent again with the same id when its ack is lost (shared/protocol/ops.ts,
 * realtime/outbox.ts), so it counts once; it is TIMEOUT only when every attempt failed. A missing
 * socket, a timeout or a malformed reply all become error acks, so callers handle exactly one shape.
 */
export async function command<E extends ClientEvent>(
  event: E,
  payload: PayloadOf<E>,
): Promise<Ack<DataOf<E>>> {
  const reply = isOpEvent(event)
    ? await outbox.send(event, { ...payload, opId: newOpId() })
    : await once(event, payload);
  if (reply === LOST) return { ok: false, error: { code: 'TIMEOUT' } };
  if (!isAck(reply)) return { ok: false, error: { code: 'INTERNAL' } };
  if (!reply.ok) {
    const code = 'code' in reply.error ? reply.error.code : undefined;
    return { ok: false, error: { code: isErrorCode(code) ? code : 'INTERNAL' } };
  }
  return { ok: true, data: reply.data as DataOf<E> };
}

/**
 * A command whose progress and failure show in the shared save indicator: "saving" (then "not
 * saved yet") through every retry, an error only once the last one has failed.
 */
export async function tracked<E extends ClientEvent>(
  event: E,
  payload: PayloadOf<E>,
): Promise<Ack<DataOf<E>>> {
  useSaveStore.getState().begin();
  const ack = await command(event, payload);
  useSaveStore.getState().end(ack.ok ? null : ack.error.code);
  return ack;
}
