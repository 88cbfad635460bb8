import type { Db } from './openDb.ts';

/** Append-only log of Yjs updates per workshop, compacted into one update while a doc is loaded. */
export function createYjsRepo(db: Db) {
  const append = db.prepare('INSERT INTO yjs_updates (workshop_id, data) VALUES (?, ?)');
  const load = db.prepare<[string], { seq: number; data: Buffer }>(
    'SELECT seq, data FROM yjs_updates WHERE workshop_id = ? ORDER BY seq',
  );
  const lastSeq = db.prepare<[string], { seq: number | null }>(
    'SELECT max(seq) AS seq FROM yjs_updates WHERE workshop_id = ?',
  );
  const deleteUpTo = db.prepare('DELETE FROM yjs_updates WHERE workshop_id = ? AND seq <= ?');
  // One transaction: a crash at any point leaves either the old rows or their merge, never neither.
  const compact = db.transaction((workshopId: string, upToSeq: number, merged: Uint8Array) => {
    deleteUpTo.run(workshopId, upToSeq);
    append.run(workshopId, merged);
  });

  return {
    append(workshopId: string, update: Uint8Array): void {
      append.run(workshopId, update);
    },
    load(workshopId: string): Array<{ seq: number; data: Uint8Array }> {
      return load.all(workshopId);
    },
    lastSeq(workshopId: string): number | null {
      return lastSeq.get(workshopId)?.seq ?? null;
    },
    /** Replaces updates up to `upToSeq` with their merge, in one transaction. */
    compact(workshopId: string, upToSeq: number, merged: Uint8Array): void {
      compact(workshopId, upToSeq, merged);
    },
  };
}

export type YjsRepo = ReturnType<typeof createYjsRepo>;
