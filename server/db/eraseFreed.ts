import type { Db } from './openDb.ts';

export interface EraseOutcome {
  /** False when a reader kept the WAL from being emptied: old pages may still be in it. */
  complete: boolean;
  ms: number;
}

/**
 * After a purge: `secure_delete` (set at open) has already zeroed the deleted cells and freed
 * pages in what the database now says, but the WAL still holds every page as it was before.
 * TRUNCATE copies the zeroed pages into the file and empties the WAL. Costs as much as the WAL
 * written since the last checkpoint (the checkpointer keeps it small), not the file's size.
 */
export function emptyWal(db: Db): EraseOutcome {
  const started = performance.now();
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number; log: number }>;
  return { complete: result?.busy === 0 && result.log <= 0, ms: performance.now() - started };
}

/**
 * Rebuilds the file from live rows only, then empties the WAL: a database written before
 * secure_delete was on may hold deleted text in free pages and in the unused parts of pages.
 * Holds the connection for about as long as copying the file takes (docs/operations.md), so it
 * runs once, when an existing database is upgraded (openDb.ts), never while serving.
 */
export function rebuildFile(db: Db): EraseOutcome {
  const started = performance.now();
  db.exec('VACUUM');
  const outcome = emptyWal(db);
  return { complete: outcome.complete, ms: performance.now() - started };
}
