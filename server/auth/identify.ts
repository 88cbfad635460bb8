import type { MembershipRole, ParticipantProfile } from '../../shared/protocol/api.ts';
import type { FacilitatorWithHash } from '../db/facilitatorRepo.ts';
import type { Repos } from '../db/repos.ts';
import { FACILITATOR_COOKIE, participantCookie, projectorCookie, readCookies } from './cookies.ts';
import { hashToken } from './tokens.ts';

/**
 * Who is asking, from the Cookie header alone. Used by REST, the Socket.IO handshake and the
 * Yjs upgrade alike, so all three make the same decision.
 */
export function facilitatorFrom(repos: Repos, cookieHeader: string | undefined): FacilitatorWithHash | null {
  return sessionFrom(repos, cookieHeader)?.facilitator ?? null;
}

/** The account and the session's token hash (sockets keep it, to check the session again later). */
export function sessionFrom(
  repos: Repos,
  cookieHeader: string | undefined,
): { facilitator: FacilitatorWithHash; tokenHash: string } | null {
  const token = readCookies(cookieHeader)[FACILITATOR_COOKIE];
  if (!token) return null;
  const tokenHash = hashToken(token);
  const facilitator = repos.facilitators.sessionOwner(tokenHash, Date.now());
  return facilitator ? { facilitator, tokenHash } : null;
}

/** The hash of a live projector link for this workshop held in the projector cookie, else null. */
export function projectorFrom(
  repos: Repos,
  cookieHeader: string | undefined,
  workshopId: string,
): string | null {
  const token = readCookies(cookieHeader)[projectorCookie(workshopId)];
  if (!token) return null;
  const tokenHash = hashToken(token);
  return repos.projectorLinks.valid(tokenHash, workshopId, Date.now()) ? tokenHash : null;
}

/**
 * A facilitator who may run this workshop: its owner or a co-facilitator. Anyone else, the
 * admin included, is treated as if the workshop did not exist.
 */
export function memberFrom(
  repos: Repos,
  cookieHeader: string | undefined,
  workshopId: string,
): { facilitator: FacilitatorWithHash; role: MembershipRole } | null {
  const facilitator = facilitatorFrom(repos, cookieHeader);
  const role = facilitator ? repos.memberships.roleOf(workshopId, facilitator.id) : null;
  return facilitator && role ? { facilitator, role } : null;
}

export function participantFrom(
  repos: Repos,
  cookieHeader: string | undefined,
  workshopId: string,
): ParticipantProfile | null {
  const token = readCookies(cookieHeader)[participantCookie(workshopId)];
  return token ? repos.participants.findByToken(hashToken(token), workshopId) : null;
}
