import type { Socket } from 'socket.io-client';
import { type Ack, isErrorCode } from '../../shared/protocol/errors.ts';
import type { ClientEvent, ClientToServerEvents } from '../../shared/protocol/events.ts';
import { useSaveStore } from '../stores/saveStore.ts';
import { currentSocket } from './socket.ts';

const TIMEOUT_MS = 8000;

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

/**
 * Emits a command and waits for its ack. A missing socket, a timeout or a malformed reply all
 * become error acks, so callers handle exactly one shape.
 */
export async function command<E extends ClientEvent>(
  event: E,
  payload: PayloadOf<E>,
): Promise<Ack<DataOf<E>>> {
  const socket = currentSocket();
  if (!socket) return { ok: false, error: { code: 'TIMEOUT' } };
  let reply: unknown;
  try {
    // The typed event map cannot express "some event E" generically; the untyped view of the
    // same socket can, and the reply is checked below anyway.
    const untyped: Socket = socket;
    reply = await untyped.timeout(TIMEOUT_MS).emitWithAck(event, payload);
  } catch {
    return { ok: false, error: { code: 'TIMEOUT' } };
  }
  if (!isAck(reply)) return { ok: false, error: { code: 'INTERNAL' } };
  if (!reply.ok) {
    const code = 'code' in reply.error ? reply.error.code : undefined;
    return { ok: false, error: { code: isErrorCode(code) ? code : 'INTERNAL' } };
  }
  return { ok: true, data: reply.data as DataOf<E> };
}

/** A command whose progress and failure show in the shared save indicator. */
export async function tracked<E extends ClientEvent>(
  event: E,
  payload: PayloadOf<E>,
): Promise<Ack<DataOf<E>>> {
  useSaveStore.getState().begin();
  const ack = await command(event, payload);
  useSaveStore.getState().end(ack.ok ? null : ack.error.code);
  return ack;
}
