import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { rebuildFile } from './eraseFreed.ts';
import { MIGRATIONS } from './migrations.ts';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the SQLite file and brings its schema up to date.
 * WAL with synchronous=NORMAL: a committed transaction survives a crash of this process
 * (SIGKILL, OOM); only a power cut or OS crash can lose the last moments of commits.
 */
export function openDb(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Checkpoints run in a worker (checkpointer.ts); this only bounds the WAL if that worker stalls.
  db.pragma('wal_autocheckpoint = 20000');
  db.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros, not just unlinked: what a participant or a
  // facilitator deletes is gone from the file, not readable in a free page (eraseFreed.ts).
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  const from = db.pragma('user_version', { simple: true }) as number;
  migrate(db);
  // Upgraded across the step that brought secure deletion: text deleted before it may still lie
  // in free pages, so the file is rebuilt once, before the server serves anyone.
  if (from > 0 && from <= SECURE_DELETE_STEP && file !== ':memory:') rebuildFile(db);
  return db;
}

/** The migration that introduced deletion in two steps (found by content: steps get renumbered). */
const SECURE_DELETE_STEP = MIGRATIONS.findIndex((step) => step.includes('CREATE TABLE deletion_log'));

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let step = current; step < MIGRATIONS.length; step++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[step] as string);
      db.pragma(`user_version = ${step + 1}`);
    })();
  }
}
