import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../server/db/migrations.ts';
import { copyV1, V1 } from '../../../fixtures/v1.ts';
import { agendaOf, allClean, type Db, migrateCheckingEachStep, open, schemaOf } from './stepwise.ts';

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
    expect(db.prepare('SELECT count(*) AS n FROM doc_clients').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM item_versions').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n, count(timer) AS timers FROM activities').get()).toEqual({
      n: 4,
      timers: 0,
    });
    // RUS: closed, locked, revealed with a 5/3 vote; the empty one collecting without a vote.
    expect(agendaOf(db, V1.rus.id)).toMatchObject([
      { type: 'list', status: 'closed', locked: 1, revealed: 0, live: 0 },
      {
        type: 'dots',
        status: 'closed',
        locked: 0,
        revealed: 1,
        live: 1,
        config: { dotsPerParticipant: 5, maxPerPriority: 3 },
      },
    ]);
    expect(agendaOf(db, V1.empty.id)).toMatchObject([
      { type: 'list', status: 'open', locked: 0, revealed: 0, live: 1 },
      { type: 'dots', status: 'draft', locked: 0, revealed: 0, live: 0 },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM items').get()).toEqual({ n: 6 });
    expect(db.prepare('SELECT count(*) AS n FROM responses').get()).toEqual({ n: 6 });
  });

  it('ends with the schema an empty database gets when the database was made by 0.1.0', () => {
    const fresh = track(open(':memory:'));
    const migrated = v1Copy();

    migrateCheckingEachStep(fresh);
    migrateCheckingEachStep(migrated);

    expect(schemaOf(migrated)).toEqual(schemaOf(fresh));
  });
});
