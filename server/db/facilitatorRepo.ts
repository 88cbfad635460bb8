import type { Facilitator } from '../../shared/protocol/api.ts';
import type { Db } from './openDb.ts';

interface Row {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  is_admin: number;
  created_at: string;
}

export interface FacilitatorWithHash extends Facilitator {
  passwordHash: string;
}

const toFacilitator = (r: Row): FacilitatorWithHash => ({
  id: r.id,
  email: r.email,
  name: r.name,
  isAdmin: r.is_admin === 1,
  passwordHash: r.password_hash,
});

/** Sessions unused this long are refused, unless configured (env SAMSYN_SESSION_IDLE_HOURS). */
export const SESSION_IDLE_MS = 12 * 3600_000;
/**
 * Last use is written at most this often per session: a control room's heartbeat arrives every
 * 1.5 s, and a write per beat would be pointless WAL traffic for a minute's precision.
 */
export const SESSION_TOUCH_MS = 60_000;

export function createFacilitatorRepo(db: Db, idleMs: number = SESSION_IDLE_MS) {
  const insert = db.prepare(
    'INSERT INTO facilitators (id, email, name, password_hash, is_admin, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const all = db.prepare<[], Row>('SELECT * FROM facilitators ORDER BY created_at, rowid');
  const remove = db.prepare('DELETE FROM facilitators WHERE id = ?');
  const byEmail = db.prepare<[string], Row>('SELECT * FROM facilitators WHERE email = ?');
  const byId = db.prepare<[string], Row>('SELECT * FROM facilitators WHERE id = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM facilitators');
  const insertSession = db.prepare(
    'INSERT INTO auth_sessions (token_hash, facilitator_id, expires_at, last_used_at) VALUES (?, ?, ?, ?)',
  );
  // Both limits: the absolute expiry set at login, and the idle timeout since the last use.
  const sessionOwner = db.prepare<[string, number, number], Row>(
    `SELECT f.* FROM auth_sessions s JOIN facilitators f ON f.id = s.facilitator_id
     WHERE s.token_hash = ? AND s.expires_at > ? AND s.last_used_at > ?`,
  );
  // Writes only when the last use is older than SESSION_TOUCH_MS; else it changes no row.
  const touchSession = db.prepare(
    'UPDATE auth_sessions SET last_used_at = ? WHERE token_hash = ? AND last_used_at <= ?',
  );
  const deleteSession = db.prepare('DELETE FROM auth_sessions WHERE token_hash = ?');
  const purgeSessions = db.prepare('DELETE FROM auth_sessions WHERE expires_at <= ? OR last_used_at <= ?');

  return {
    /** `isAdmin` defaults to false: only the first account is made the admin (accountService). */
    insert(f: Omit<FacilitatorWithHash, 'isAdmin'> & { isAdmin?: boolean }, createdAt: string): void {
      insert.run(f.id, f.email, f.name, f.passwordHash, f.isAdmin ? 1 : 0, createdAt);
    },
    /** Every account, oldest first, with when it was made. */
    list(): Array<FacilitatorWithHash & { createdAt: string }> {
      return all.all().map((r) => ({ ...toFacilitator(r), createdAt: r.created_at }));
    },
    /** Cascades to the account's sessions and memberships; fails while it created a workshop. */
    delete(id: string): boolean {
      return remove.run(id).changes > 0;
    },
    findByEmail(email: string): FacilitatorWithHash | null {
      const row = byEmail.get(email);
      return row ? toFacilitator(row) : null;
    },
    findById(id: string): FacilitatorWithHash | null {
      const row = byId.get(id);
      return row ? toFacilitator(row) : null;
    },
    count(): number {
      return count.get()?.n ?? 0;
    },
    insertSession(tokenHash: string, facilitatorId: string, expiresAt: number, now = Date.now()): void {
      purgeSessions.run(now, now - idleMs);
      insertSession.run(tokenHash, facilitatorId, expiresAt, now);
    },
    /**
     * The account of a live session, which counts as a use of it: a session unused for the idle
     * timeout, or past its absolute expiry, is refused.
     */
    sessionOwner(tokenHash: string, now: number): FacilitatorWithHash | null {
      const row = sessionOwner.get(tokenHash, now, now - idleMs);
      if (!row) return null;
      touchSession.run(now, tokenHash, now - SESSION_TOUCH_MS);
      return toFacilitator(row);
    },
    deleteSession(tokenHash: string): void {
      deleteSession.run(tokenHash);
    },
  };
}

export type FacilitatorRepo = ReturnType<typeof createFacilitatorRepo>;
