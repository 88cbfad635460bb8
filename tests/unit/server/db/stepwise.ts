import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../../../server/db/migrations.ts';

/* Helpers of the migration tests: apply the steps one by one as openDb does, and read the result. */

export type Db = Database.Database;

export interface StepCheck {
  step: number;
  foreignKeys: unknown[];
  integrity: unknown[];
}

/** Applies the steps the database lacks, each in its own transaction as openDb does, checking after each. */
export function migrateCheckingEachStep(db: Db): StepCheck[] {
  const checks: StepCheck[] = [];
  for (let step = db.pragma('user_version', { simple: true }) as number; step < MIGRATIONS.length; step++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[step]!);
      db.pragma(`user_version = ${step + 1}`);
    })();
    checks.push({
      step: step + 1,
      foreignKeys: db.pragma('foreign_key_check') as unknown[],
      integrity: db.pragma('integrity_check') as unknown[],
    });
  }
  return checks;
}

/** What `migrateCheckingEachStep` reports when every step from `from + 1` on left the file sound. */
export function allClean(from: number): StepCheck[] {
  return MIGRATIONS.slice(from).map((_, i) => ({
    step: from + i + 1,
    foreignKeys: [],
    integrity: [{ integrity_check: 'ok' }],
  }));
}

export function open(file: string): Db {
  const db = new Database(file);
  db.pragma('foreign_keys = ON'); // as openDb: the steps' own inserts are checked as they run
  return db;
}

export function schemaOf(db: Db): unknown[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all();
}

export interface AgendaRow {
  id: string;
  type: string;
  position: number;
  title: string;
  config: Record<string, unknown>;
  config_version: number;
  status: string;
  locked: number;
  revealed: number;
  timer: string | null;
  created_at: string;
  live: number;
}

/** A workshop's activities after step 5, in agenda order, with whether each is the live one. */
export function agendaOf(db: Db, workshopId: string): AgendaRow[] {
  return db
    .prepare<[string], Omit<AgendaRow, 'config'> & { config: string }>(
      `SELECT a.id, a.type, a.position, a.title, a.config, a.config_version, a.status, a.locked, a.revealed,
         a.timer, a.created_at, a.id = w.live_activity_id AS live
       FROM activities a JOIN workshops w ON w.id = a.workshop_id WHERE a.workshop_id = ? ORDER BY a.position`,
    )
    .all(workshopId)
    .map((r) => ({ ...r, config: JSON.parse(r.config) }));
}

export const ID = /^[A-Za-z0-9_-]{6,40}$/;
