import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../server/db/migrations.ts';
import { copyV1, V1 } from '../../../fixtures/v1.ts';

type Db = Database.Database;

interface StepCheck {
  step: number;
  foreignKeys: unknown[];
  integrity: unknown[];
}

/** Applies the steps the database lacks, each in its own transaction as openDb does, checking after each. */
function migrateCheckingEachStep(db: Db): StepCheck[] {
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
function allClean(from: number): StepCheck[] {
  return MIGRATIONS.slice(from).map((_, i) => ({
    step: from + i + 1,
    foreignKeys: [],
    integrity: [{ integrity_check: 'ok' }],
  }));
}

function open(file: string): Db {
  const db = new Database(file);
  db.pragma('foreign_keys = ON'); // as openDb: the steps' own inserts are checked as they run
  return db;
}

function schemaOf(db: Db): unknown[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all();
}

describe('db/migrations', () => {
  const opened: Db[] = [];
  const track = (db: Db) => {
    opened.push(db);
    return db;
  };
  const v1Copy = () =>
    track(open(copyV1(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-mig-')), 'v1.sqlite'))));
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });

  it('applies every step with clean foreign keys and integrity when the database is empty', () => {
    const db = track(open(':memory:'));

    expect(migrateCheckingEachStep(db)).toEqual(allClean(0));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });

  it('applies the steps after 1 with clean foreign keys and integrity when the database was made by 0.1.0', () => {
    const db = v1Copy();
    expect(db.pragma('user_version', { simple: true })).toBe(1);

    expect(migrateCheckingEachStep(db)).toEqual(allClean(1));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare('SELECT id, is_admin FROM facilitators').all()).toEqual([
      { id: V1.facilitatorId, is_admin: 1 },
    ]);
    expect(
      db
        .prepare(
          `SELECT m.workshop_id, m.facilitator_id, m.role, m.added_at = w.created_at AS sameTime
           FROM workshop_facilitators m JOIN workshops w ON w.id = m.workshop_id ORDER BY w.title`,
        )
        .all(),
    ).toEqual([
      { workshop_id: V1.rus.id, facilitator_id: V1.facilitatorId, role: 'owner', sameTime: 1 },
      { workshop_id: V1.empty.id, facilitator_id: V1.facilitatorId, role: 'owner', sameTime: 1 },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM yjs_clients').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM text_versions').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n, count(timer) AS timers FROM workshops').get()).toEqual({
      n: 2,
      timers: 0,
    });
  });

  it('ends with the schema an empty database gets when the database was made by 0.1.0', () => {
    const fresh = track(open(':memory:'));
    const migrated = v1Copy();

    migrateCheckingEachStep(fresh);
    migrateCheckingEachStep(migrated);

    expect(schemaOf(migrated)).toEqual(schemaOf(fresh));
  });
});
