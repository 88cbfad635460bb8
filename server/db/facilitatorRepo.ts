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

export function createFacilitatorRepo(db: Db) {
  const insert = db.prepare(
    'INSERT INTO facilitators (id, email, name, password_hash, is_admin, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const all = db.prepare<[], Row>('SELECT * FROM facilitators ORDER BY created_at, rowid');
  const remove = db.prepare('DELETE FROM facilitators WHERE id = ?');
  const byEmail = db.prepare<[string], Row>('SELECT * FROM facilitators WHERE email = ?');
  const byId = db.prepare<[string], Row>('SELECT * FROM facilitators WHERE id = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM facilitators');
  const insertSession = db.prepare(
    'INSERT INTO auth_sessions (token_hash, facilitator_id, expires_at) VALUES (?, ?, ?)',
  );
  const sessionOwner = db.prepare<[string, number], Row>(
    `SELECT f.* FROM auth_sessions s JOIN facilitators f ON f.id = s.facilitator_id
     WHERE s.token_hash = ? AND s.expires_at > ?`,
  );
  const deleteSession = db.prepare('DELETE FROM auth_sessions WHERE token_hash = ?');
  const purgeSessions = db.prepare('DELETE FROM auth_sessions WHERE expires_at <= ?');

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
    insertSession(tokenHash: string, facilitatorId: string, expiresAt: number): void {
      purgeSessions.run(Date.now());
      insertSession.run(tokenHash, facilitatorId, expiresAt);
    },
    sessionOwner(tokenHash: string, now: number): FacilitatorWithHash | null {
      const row = sessionOwner.get(tokenHash, now);
      return row ? toFacilitator(row) : null;
    },
    deleteSession(tokenHash: string): void {
      deleteSession.run(tokenHash);
    },
  };
}

export type FacilitatorRepo = ReturnType<typeof createFacilitatorRepo>;
