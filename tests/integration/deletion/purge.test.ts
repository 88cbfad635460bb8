import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { Harness } from '../helpers/harness.ts';
import { api } from '../helpers/http.ts';
import { markersFound, seedWorkshop } from './seed.ts';

describe('deletion: a purged workshop leaves nothing readable on disk', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('finds none of its names, organisations or texts in the file, the WAL or the shm after a purge', async () => {
    const s = await seedWorkshop(h);
    // Each marker was written somewhere on disk, so a clean scan afterwards means something.
    expect(new Set(markersFound(s.dbFile).map((m) => m.split(' ')[0])).size).toBe(7);

    const removed = await api(s.url, 'DELETE', `/api/workshops/${s.workshopId}`, { cookie: s.facilitator });
    expect(removed.status).toBe(204);
    const purged = await api(s.url, 'DELETE', `/api/deleted-workshops/${s.workshopId}`, {
      cookie: s.facilitator,
    });
    expect(purged.status).toBe(204);

    // Scanned while the server runs, so the WAL and shm are those of a live database.
    expect(markersFound(s.dbFile)).toEqual([]);
    const db = new Database(s.dbFile, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const log = db
      .prepare('SELECT action, actor, reason FROM deletion_log WHERE workshop_id = ? ORDER BY id')
      .all(s.workshopId);
    const facilitatorId = (db.prepare('SELECT id FROM facilitators').get() as { id: string }).id;
    expect(log).toEqual([
      { action: 'deleted', actor: facilitatorId, reason: 'owner' },
      { action: 'purged', actor: facilitatorId, reason: 'owner' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM workshops').get()).toEqual({ n: 0 });
    db.close();
  });
});
