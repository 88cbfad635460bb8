import type { Db } from './openDb.ts';

/**
 * Whether a write commits now. A read answers while the disk is full, the file is read-only or
 * another process holds the write lock, so health that only reads says ok while every write fails.
 * The wait for a lock is shortened so a probe cannot hold the event loop for the full 5 s.
 */
export function createHealthProbe(db: Db, lockWaitMs = 1000): () => boolean {
  const touch = db.prepare('UPDATE health SET checked_at = ? WHERE id = 1');
  return () => {
    const usual = db.pragma('busy_timeout', { simple: true }) as number;
    db.pragma(`busy_timeout = ${Math.min(usual, lockWaitMs)}`);
    try {
      return touch.run(new Date().toISOString()).changes === 1;
    } catch {
      return false;
    } finally {
      db.pragma(`busy_timeout = ${usual}`);
    }
  };
}
