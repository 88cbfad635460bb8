import type { Sector } from '../../shared/domain/sectors.ts';
import type { PriorityMeta, Provenance } from '../../shared/domain/workshop.ts';
import type { Db } from './openDb.ts';

interface Row {
  id: string;
  hidden: number;
  merged_into: string | null;
  merged_from: string;
  created_by_sector: Sector | null;
  created_at: string;
}

const toMeta = (r: Row): PriorityMeta => ({
  id: r.id,
  hidden: r.hidden === 1,
  mergedInto: r.merged_into,
  mergedFrom: JSON.parse(r.merged_from) as Provenance[],
  createdBySector: r.created_by_sector,
  createdAt: r.created_at,
});

export function createPriorityRepo(db: Db) {
  const list = db.prepare<[string], Row>(
    'SELECT * FROM priorities WHERE workshop_id = ? ORDER BY position, created_at',
  );
  const insert = db.prepare(
    `INSERT INTO priorities (id, workshop_id, position, hidden, merged_into, merged_from,
       created_by_sector, created_at) VALUES (?, ?, ?, 0, NULL, '[]', ?, ?)`,
  );
  const setPosition = db.prepare('UPDATE priorities SET position = ? WHERE id = ? AND workshop_id = ?');
  const setHidden = db.prepare('UPDATE priorities SET hidden = ? WHERE id = ? AND workshop_id = ?');
  const setMerge = db.prepare('UPDATE priorities SET merged_into = ? WHERE id = ? AND workshop_id = ?');
  const setMergedFrom = db.prepare('UPDATE priorities SET merged_from = ? WHERE id = ? AND workshop_id = ?');

  return {
    /** Every priority of the workshop, merged ones included, in display order. */
    list(workshopId: string): PriorityMeta[] {
      return list.all(workshopId).map(toMeta);
    },
    insert(workshopId: string, p: PriorityMeta, position: number): void {
      insert.run(p.id, workshopId, position, p.createdBySector, p.createdAt);
    },
    /** Writes positions 0..n-1 in the given order. */
    reorder(workshopId: string, ids: readonly string[]): void {
      for (const [index, id] of ids.entries()) setPosition.run(index, id, workshopId);
    },
    setHidden(workshopId: string, id: string, hidden: boolean): void {
      setHidden.run(hidden ? 1 : 0, id, workshopId);
    },
    markMerged(workshopId: string, sourceId: string, targetId: string, targetMergedFrom: Provenance[]): void {
      setMerge.run(targetId, sourceId, workshopId);
      setMergedFrom.run(JSON.stringify(targetMergedFrom), targetId, workshopId);
    },
  };
}

export type PriorityRepo = ReturnType<typeof createPriorityRepo>;
