import type { Socket } from 'socket.io';
import type { SocketData } from './handshake.ts';

/** Open sockets allowed per person: a participant's tabs and devices, an account's screens. */
export interface SocketCaps {
  participant: number;
  /** A facilitator account's control rooms and projector screens together. */
  staff: number;
}

/** A participant's phone, laptop and a few tabs fit; a script opening a thousand does not. */
export const PARTICIPANT_SOCKETS = 10;

/** Whom a socket belongs to, for caps and rate limits: one person however many tabs they open. */
export const personOf = (data: SocketData): string => {
  if (data.participant) return `p:${data.participant.id}`;
  if (data.facilitatorId) return `f:${data.facilitatorId}`;
  // A projector link is its own person: its screens share the staff cap, not an account's.
  return `x:${data.credential?.tokenHash ?? ''}`;
};

/**
 * A middleware run after the handshake: refuses a socket past its person's cap with
 * TOO_MANY_CONNECTIONS. The place is taken here, synchronously, so a burst of handshakes in one
 * tick cannot all slip past the count; it is given back on disconnect, or at once when the
 * client left before its connection completed (Socket.IO then drops it without a disconnect).
 */
export function socketCap(caps: SocketCaps) {
  const open = new Map<string, Set<string>>();
  const release = (person: string, id: string) => {
    const ids = open.get(person);
    if (!ids) return;
    ids.delete(id);
    if (ids.size === 0) open.delete(person);
  };
  return (socket: Socket<never, never, never, SocketData>, next: (err?: Error) => void) => {
    const person = personOf(socket.data);
    const ids = open.get(person) ?? new Set<string>();
    const cap = socket.data.participant ? caps.participant : caps.staff;
    if (ids.size >= cap) return next(new Error('TOO_MANY_CONNECTIONS'));
    ids.add(socket.id);
    open.set(person, ids);
    socket.once('disconnect', () => release(person, socket.id));
    next();
    // Socket.IO connects on the next tick; a socket still not connected after it never will be.
    setImmediate(() => {
      if (!socket.connected) release(person, socket.id);
    });
  };
}
