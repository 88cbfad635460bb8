import type { Repos } from '../db/repos.ts';
import type { SocketData } from './handshake.ts';

/**
 * Checks a staff or projector socket's credential again on each of its events: a session that
 * expired, or a projector link that was revoked or expired, ends the sockets it opened. For a
 * session the check is also its use (an open control room keeps it from going idle); the
 * repository writes the last use at most once a minute. A primary-key read per event: staff
 * sockets are few, participants' are not checked here.
 */
export function stillValid(repos: Repos, socket: { data: SocketData; disconnect(close: boolean): unknown }) {
  return (args: unknown[], next: (err?: Error) => void): void => {
    const { credential, workshopId } = socket.data;
    if (credential === null) {
      next();
      return;
    }
    const now = Date.now();
    const valid =
      credential.kind === 'session'
        ? repos.facilitators.sessionOwner(credential.tokenHash, now) !== null
        : repos.projectorLinks.valid(credential.tokenHash, workshopId, now);
    if (valid) {
      next();
      return;
    }
    const reply = args.at(-1);
    if (typeof reply === 'function') reply({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    // After the ack is queued; the client's next handshake is refused with UNAUTHENTICATED.
    setImmediate(() => socket.disconnect(true));
  };
}
