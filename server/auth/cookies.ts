import { parse, type SerializeOptions, serialize } from 'cookie';

export const FACILITATOR_COOKIE = 'samsyn_session';
export const FACILITATOR_SESSION_MS = 30 * 24 * 3600 * 1000;
export const PARTICIPANT_SESSION_MS = 30 * 24 * 3600 * 1000;

/**
 * The venue PC's credential for one workshop's projector: the projector link's token itself, so
 * revoking or expiring the link ends the cookie too. It opens nothing but the projector.
 */
export const projectorCookie = (workshopId: string) => `samsyn_x_${workshopId}`;
/** A projector link lives a day at most; the facilitator makes a new one for the next day. */
export const PROJECTOR_LINK_MS = 24 * 3600 * 1000;

/** One cookie per workshop, so a device is never linked across workshops. */
export const participantCookie = (workshopId: string) => `samsyn_p_${workshopId}`;

export function readCookies(header: string | undefined): Record<string, string | undefined> {
  return header ? parse(header) : {};
}

/** HttpOnly and SameSite=Lax: scripts cannot read the secret, other sites cannot send it on POSTs. */
export function cookieHeader(name: string, value: string, maxAgeMs: number, secure: boolean): string {
  const options: SerializeOptions = {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure,
    maxAge: Math.floor(maxAgeMs / 1000),
  };
  return serialize(name, value, options);
}

export function clearCookieHeader(name: string, secure: boolean): string {
  return serialize(name, '', { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: 0 });
}
