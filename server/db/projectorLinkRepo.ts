import type { Db } from './openDb.ts';

/**
 * Projector links: a token (stored hashed) that lets one venue PC show one workshop's projector
 * and nothing else. One link per workshop at a time: making a new one revokes the old. A deleted
 * workshop's link is dead at once, though the row lives until the purge (a restore revives it).
 */
export function createProjectorLinkRepo(db: Db) {
  const removeAll = db.prepare('DELETE FROM projector_links WHERE workshop_id = ?');
  const purge = db.prepare('DELETE FROM projector_links WHERE expires_at <= ?');
  const insert = db.prepare(
    'INSERT INTO projector_links (token_hash, workshop_id, expires_at) VALUES (?, ?, ?)',
  );
  const valid = db.prepare<[string, string, number], { n: number }>(
    `SELECT 1 AS n FROM projector_links l JOIN workshops w ON w.id = l.workshop_id
     WHERE l.token_hash = ? AND l.workshop_id = ? AND l.expires_at > ? AND w.deleted_at IS NULL`,
  );
  const byToken = db.prepare<[string, number], { workshop_id: string; expires_at: number }>(
    `SELECT l.workshop_id, l.expires_at FROM projector_links l JOIN workshops w ON w.id = l.workshop_id
     WHERE l.token_hash = ? AND l.expires_at > ? AND w.deleted_at IS NULL`,
  );
  const active = db.prepare<[string, number], { expires_at: number }>(
    'SELECT expires_at FROM projector_links WHERE workshop_id = ? AND expires_at > ? ORDER BY expires_at DESC LIMIT 1',
  );

  return {
    /** Replaces the workshop's link, if any, in one transaction. */
    replace(tokenHash: string, workshopId: string, expiresAt: number, now: number): void {
      db.transaction(() => {
        purge.run(now);
        removeAll.run(workshopId);
        insert.run(tokenHash, workshopId, expiresAt);
      })();
    },
    valid(tokenHash: string, workshopId: string, now: number): boolean {
      return valid.get(tokenHash, workshopId, now) !== undefined;
    },
    /** The workshop a live link is for, and when it expires. */
    find(tokenHash: string, now: number): { workshopId: string; expiresAt: number } | null {
      const row = byToken.get(tokenHash, now);
      return row ? { workshopId: row.workshop_id, expiresAt: row.expires_at } : null;
    },
    /** When the workshop's live link expires; null when it has none. */
    activeUntil(workshopId: string, now: number): number | null {
      return active.get(workshopId, now)?.expires_at ?? null;
    },
    /** Returns whether there was a link to revoke. */
    revoke(workshopId: string): boolean {
      return removeAll.run(workshopId).changes > 0;
    },
  };
}
