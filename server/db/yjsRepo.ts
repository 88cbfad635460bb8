import { faultPoint } from '../faultPoint.ts';
import type { Db } from './openDb.ts';

/** Append-only log of Yjs updates per activity document, compacted into one update while a doc is loaded. */
export function createYjsRepo(db: Db) {
  const append = db.prepare('INSERT INTO doc_updates (activity_id, data) VALUES (?, ?)');
  const load = db.prepare<[string], { seq: number; data: Buffer }>(
    'SELECT seq, data FROM doc_updates WHERE activity_id = ? ORDER BY seq',
  );
  const lastSeq = db.prepare<[string], { seq: number | null }>(
    'SELECT max(seq) AS seq FROM doc_updates WHERE activity_id = ?',
  );
  const deleteUpTo = db.prepare('DELETE FROM doc_updates WHERE activity_id = ? AND seq <= ?');
  // One transaction: a crash at any point leaves either the old rows or their merge, never neither.
  const compact = db.transaction((docId: string, upToSeq: number, merged: Uint8Array) => {
    deleteUpTo.run(docId, upToSeq);
    faultPoint('compact:deleted');
    append.run(docId, merged);
    faultPoint('compact:inserted');
  });

  return {
    append(docId: string, update: Uint8Array): void {
      append.run(docId, update);
    },
    load(docId: string): Array<{ seq: number; data: Uint8Array }> {
      return load.all(docId);
    },
    lastSeq(docId: string): number | null {
      return lastSeq.get(docId)?.seq ?? null;
    },
    /** Replaces updates up to `upToSeq` with their merge, in one transaction. */
    compact(docId: string, upToSeq: number, merged: Uint8Array): void {
      faultPoint('compact:begin');
      compact(docId, upToSeq, merged);
      faultPoint('compact:committed');
    },
  };
}

export type YjsRepo = ReturnType<typeof createYjsRepo>;
