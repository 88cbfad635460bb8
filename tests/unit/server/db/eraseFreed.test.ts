import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../server/db/migrations.ts';
import { openDb } from '../../../../server/db/openDb.ts';

const MARKER = 'Gammal text fran fore secure delete';
const STEP = MIGRATIONS.findIndex((step) => step.includes('CREATE TABLE deletion_log'));

const readable = (file: string) =>
  ['', '-wal', '-shm'].some(
    (s) => fs.existsSync(file + s) && fs.readFileSync(file + s).includes(Buffer.from(MARKER)),
  );

describe('db/openDb upgrading to secure deletion', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A database at the schema before secure deletion, where deleting only unlinked the bytes. */
  function oldDatabase(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-erase-'));
    dirs.push(dir);
    const file = path.join(dir, 'samsyn.sqlite');
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    for (let step = 0; step < STEP; step++) old.exec(MIGRATIONS[step] as string);
    old.pragma(`user_version = ${STEP}`);
    old.exec(`INSERT INTO facilitators (id, email, name, password_hash, created_at)
              VALUES ('f', 'a@example.se', 'A', 'h', '2026-01-01')`);
    old.exec(`INSERT INTO workshops (id, code, title, date, place, description, created_by, created_at)
              VALUES ('w', 'ABCD1234', 'T', '2026-01-01', '', '', 'f', '2026-01-01')`);
    const insert = old.prepare(
      `INSERT INTO participants (id, workshop_id, token_hash, sector, municipality, organisation,
         display_name, created_at) VALUES (?, 'w', ?, 'public', '', ?, '', '2026-01-01')`,
    );
    for (let i = 0; i < 200; i++) insert.run(`p${i}`, `t${i}`, `${MARKER} ${i} ${'x'.repeat(300)}`);
    old.exec('DELETE FROM participants');
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    return file;
  }

  it('rebuilds the file once, so text deleted before the upgrade is no longer readable', () => {
    const file = oldDatabase();
    expect(readable(file)).toBe(true);

    const db = openDb(file);

    expect(readable(file)).toBe(false);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
  });
});
