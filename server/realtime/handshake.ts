import type { Socket } from 'socket.io';
import type { ParticipantProfile } from '../../shared/protocol/api.ts';
import type { Role } from '../../shared/protocol/events.ts';
import { socketAuth } from '../../shared/protocol/schemas.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { participantFrom, projectorFrom, sessionFrom } from '../auth/identify.ts';
import type { Repos } from '../db/repos.ts';

export interface SocketData {
  workshopId: string;
  role: Role;
  participant: ParticipantProfile | null;
  /** The account behind a facilitator or projector socket, so it can be closed when access ends. */
  facilitatorId: string | null;
  /**
   * The credential's token hash, checked again on the socket's events (realtime/stillValid.ts):
   * a facilitator session (which may go idle or expire), or a projector link (revoked, expired).
   */
  credential: { kind: 'session' | 'projectorLink'; tokenHash: string } | null;
}

/**
 * Decides who a socket is before it connects, from the cookie: the role it asks for must be
 * one its cookie proves. A refusal's message is an error code the client translates.
 * Facilitator and projector sockets need a member of the workshop; any other account is told
 * NOT_FOUND, as for a workshop that does not exist. A projector socket may instead come with the
 * workshop's projector link (its cookie), which opens that role and no other.
 */
export function handshake(repos: Repos) {
  return (socket: Socket, next: (err?: Error) => void) => {
    const auth = socketAuth.safeParse(socket.handshake.auth);
    if (!auth.success || auth.data.v !== PROTOCOL_VERSION) return next(new Error('VALIDATION'));
    const { workshopId, role } = auth.data;
    if (!repos.workshops.get(workshopId)) return next(new Error('NOT_FOUND'));
    const cookie = socket.handshake.headers.cookie;
    let participant: ParticipantProfile | null = null;
    let facilitatorId: string | null = null;
    let credential: SocketData['credential'] = null;
    const link = role === 'projector' ? projectorFrom(repos, cookie, workshopId) : null;
    if (role === 'participant') {
      participant = participantFrom(repos, cookie, workshopId);
      if (!participant) return next(new Error('UNAUTHENTICATED'));
    } else if (link) {
      credential = { kind: 'projectorLink', tokenHash: link };
    } else {
      const session = sessionFrom(repos, cookie);
      if (!session) return next(new Error('UNAUTHENTICATED'));
      if (!repos.memberships.roleOf(workshopId, session.facilitator.id)) return next(new Error('NOT_FOUND'));
      facilitatorId = session.facilitator.id;
      credential = { kind: 'session', tokenHash: session.tokenHash };
    }
    const data: SocketData = { workshopId, role, participant, facilitatorId, credential };
    socket.data = data;
    next();
  };
}

interface OpenSockets {
  fetchSockets(): Promise<Array<{ data: SocketData; disconnect(close?: boolean): unknown }>>;
}

/**
 * Closes the open facilitator and projector sockets of an account whose access ended: of one
 * workshop when they were taken off it, of all when the account was deleted. Their next
 * handshake is refused anyway; this ends what is already open.
 */
export async function disconnectFacilitator(
  io: OpenSockets & { in(room: string): OpenSockets },
  facilitatorId: string,
  room: string | null,
): Promise<void> {
  const sockets = await (room === null ? io : io.in(room)).fetchSockets();
  for (const socket of sockets) if (socket.data.facilitatorId === facilitatorId) socket.disconnect(true);
}

/** Closes the projector sockets opened with a workshop's projector link, once it is revoked. */
export async function disconnectProjectorLinks(
  io: { in(room: string): OpenSockets },
  room: string,
): Promise<void> {
  for (const socket of await io.in(room).fetchSockets())
    if (socket.data.credential?.kind === 'projectorLink') socket.disconnect(true);
}
