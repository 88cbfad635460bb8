import type { ActivityStatus } from '../../shared/domain/workshop.ts';
import type { Db } from './openDb.ts';

/**
 * An activity as stored; `config` is parsed JSON, written only after its type's schema accepted
 * it, and migrated to the type's current version when read (services/activityStore.ts).
 */
export interface ActivityRecord {
  id: string;
  workshopId: string;
  type: string;
  position: number;
  title: string;
  config: unknown;
  configVersion: number;
  status: ActivityStatus;
  locked: boolean;
  revealed: boolean;
  createdAt: string;
}

interface Row {
  id: string;
  workshop_id: string;
  type: string;
  position: number;
  title: string;
  config: string;
  config_version: number;
  status: ActivityStatus;
  locked: number;
  revealed: number;
  created_at: string;
}

const toRecord = (r: Row): ActivityRecord => ({
  id: r.id,
  workshopId: r.workshop_id,
  type: r.type,
  position: r.position,
  title: r.title,
  config: JSON.parse(r.config),
  configVersion: r.config_version,
  status: r.status,
  locked: r.locked === 1,
  revealed: r.revealed === 1,
  createdAt: r.created_at,
});

export function createActivityRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO activities (id, workshop_id, type, position, title, config, config_version, status,
       locked, revealed, timer, created_at)
     VALUES (@id, @workshopId, @type, @position, @title, @config, @configVersion, @status, @locked,
       @revealed, NULL, @createdAt)`,
  );
  // An activity of a deleted workshop is not found (a Yjs upgrade names only the activity).
  const byId = db.prepare<[string], Row>(
    `SELECT a.* FROM activities a JOIN workshops w ON w.id = a.workshop_id
     WHERE a.id = ? AND w.deleted_at IS NULL`,
  );
  const list = db.prepare<[string], Row>(
    'SELECT * FROM activities WHERE workshop_id = ? ORDER BY position, created_at',
  );
  const setPosition = db.prepare('UPDATE activities SET position = ? WHERE id = ? AND workshop_id = ?');
  const update = db.prepare('UPDATE activities SET title = ?, config = ?, config_version = ? WHERE id = ?');
  const control = db.prepare('UPDATE activities SET status = ?, locked = ?, revealed = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM activities WHERE id = ?');

  return {
    insert(a: ActivityRecord): void {
      insert.run({
        ...a,
        config: JSON.stringify(a.config),
        locked: a.locked ? 1 : 0,
        revealed: a.revealed ? 1 : 0,
      });
    },
    get(id: string): ActivityRecord | null {
      const row = byId.get(id);
      return row ? toRecord(row) : null;
    },
    /** The agenda in order. */
    list(workshopId: string): ActivityRecord[] {
      return list.all(workshopId).map(toRecord);
    },
    /** Writes positions 0..n-1 in the given order. */
    reorder(workshopId: string, ids: readonly string[]): void {
      for (const [index, id] of ids.entries()) setPosition.run(index, id, workshopId);
    },
    update(id: string, title: string, config: unknown, configVersion: number): void {
      update.run(title, JSON.stringify(config), configVersion, id);
    },
    setControl(a: Pick<ActivityRecord, 'id' | 'status' | 'locked' | 'revealed'>): void {
      control.run(a.status, a.locked ? 1 : 0, a.revealed ? 1 : 0, a.id);
    },
    /** Cascades to its items, responses, document, client ids and text versions. */
    delete(id: string): void {
      remove.run(id);
    },
  };
}

export type ActivityRepo = ReturnType<typeof createActivityRepo>;
