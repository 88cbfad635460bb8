import type { Db } from './openDb.ts';

export type DeletionAction = 'deleted' | 'restored' | 'purged';
/** Why: the owner asked, the grace period after a deletion ran out, or the retention rule. */
export type DeletionReason = 'owner' | 'grace' | 'retention';

export interface DeletedRow {
  id: string;
  title: string;
  date: string;
  place: string;
  deletedAt: string;
}

export interface DeletionLogEntry {
  workshopId: string;
  action: DeletionAction;
  /** The facilitator who acted; null when the server's own rules did. */
  actor: string | null;
  reason: DeletionReason;
  at: string;
}

/**
 * Workshops on their way out (column `workshops.deleted_at`) and the deletion log. Every other
 * repository reads only workshops that are not deleted; this one alone sees the others.
 */
export function createDeletionRepo(db: Db) {
  const mark = db.prepare(
    'UPDATE workshops SET deleted_at = ?, deleted_by = ? WHERE id = ? AND deleted_at IS NULL',
  );
  const unmark = db.prepare(
    'UPDATE workshops SET deleted_at = NULL, deleted_by = NULL WHERE id = ? AND deleted_at IS NOT NULL',
  );
  const ownedDeleted = db.prepare<[string], DeletedRow>(
    `SELECT w.id, w.title, w.date, w.place, w.deleted_at AS deletedAt FROM workshops w
     JOIN workshop_facilitators m ON m.workshop_id = w.id AND m.facilitator_id = ? AND m.role = 'owner'
     WHERE w.deleted_at IS NOT NULL ORDER BY w.deleted_at DESC`,
  );
  const deletedBefore = db.prepare<[string], { id: string }>(
    'SELECT id FROM workshops WHERE deleted_at IS NOT NULL AND deleted_at < ?',
  );
  // The last sign of life: created, its planned day, a join, a post, an answer, an item, a
  // version of a text (co-editing leaves versions at each pause). ISO strings compare as times.
  const idleBefore = db.prepare<[string], { id: string }>(
    `SELECT w.id FROM workshops w WHERE w.deleted_at IS NULL AND max(
       w.created_at,
       w.date || 'T23:59:59.999Z',
       coalesce((SELECT max(p.created_at) FROM participants p WHERE p.workshop_id = w.id), ''),
       coalesce((SELECT max(e.created_at) FROM entries e JOIN activities a ON a.id = e.activity_id
                 WHERE a.workshop_id = w.id), ''),
       coalesce((SELECT max(r.updated_at) FROM responses r JOIN activities a ON a.id = r.activity_id
                 WHERE a.workshop_id = w.id), ''),
       coalesce((SELECT max(i.created_at) FROM items i JOIN activities a ON a.id = i.activity_id
                 WHERE a.workshop_id = w.id), ''),
       coalesce((SELECT max(v.created_at) FROM item_versions v JOIN activities a ON a.id = v.activity_id
                 WHERE a.workshop_id = w.id), '')
     ) < ?`,
  );
  // Cascades to participants, memberships and the agenda with everything in it.
  const remove = db.prepare('DELETE FROM workshops WHERE id = ?');
  const insertLog = db.prepare(
    'INSERT INTO deletion_log (workshop_id, action, actor, reason, at) VALUES (?, ?, ?, ?, ?)',
  );

  return {
    /** Hides the workshop; false if there is none or it already was deleted. */
    markDeleted(id: string, by: string, at: string): boolean {
      return mark.run(at, by, id).changes > 0;
    },
    restore(id: string): boolean {
      return unmark.run(id).changes > 0;
    },
    ownedDeleted(facilitatorId: string): DeletedRow[] {
      return ownedDeleted.all(facilitatorId);
    },
    deletedBefore(at: string): string[] {
      return deletedBefore.all(at).map((r) => r.id);
    },
    idleBefore(at: string): string[] {
      return idleBefore.all(at).map((r) => r.id);
    },
    erase(id: string): boolean {
      return remove.run(id).changes > 0;
    },
    log(entry: DeletionLogEntry): void {
      insertLog.run(entry.workshopId, entry.action, entry.actor, entry.reason, entry.at);
    },
  };
}

export type DeletionRepo = ReturnType<typeof createDeletionRepo>;
