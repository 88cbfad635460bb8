import type { Socket } from 'socket.io';
import type { ParticipantProfile } from '../../shared/protocol/api.ts';
import type { Role } from '../../shared/protocol/events.ts';
import { socketAuth } from '../../shared/protocol/schemas.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { facilitatorFrom, participantFrom } from '../auth/identify.ts';
import type { Repos } from '../db/repos.ts';

export interface SocketData {
  workshopId: string;
  role: Role;
  participant: ParticipantProfile | null;
}

/**
 * Decides who a socket is before it connects, from the cookie: the role it asks for must be
 * one its cookie proves. A refusal's message is an error code the client translates.
 */
export function handshake(repos: Repos) {
  return (socket: Socket, next: (err?: Error) => void) => {
    const auth = socketAuth.safeParse(socket.handshake.auth);
    if (!auth.success || auth.data.v !== PROTOCOL_VERSION) return next(new Error('VALIDATION'));
    const { workshopId, role } = auth.data;
    if (!repos.workshops.get(workshopId)) return next(new Error('NOT_FOUND'));
    const cookie = socket.handshake.headers.cookie;
    let participant: ParticipantProfile | null = null;
    if (role === 'participant') {
      participant = participantFrom(repos, cookie, workshopId);
      if (!participant) return next(new Error('UNAUTHENTICATED'));
    } else if (!facilitatorFrom(repos, cookie)) {
      return next(new Error('UNAUTHENTICATED'));
    }
    const data: SocketData = { workshopId, role, participant };
    socket.data = data;
    next();
  };
}
