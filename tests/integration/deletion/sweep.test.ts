import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createServer } from '../../../server/createServer.ts';
import { readConfig } from '../../../server/env.ts';
import { createLog } from '../../../server/log.ts';
import type { DeletedWorkshop } from '../../../shared/protocol/api.ts';
import { Harness } from '../helpers/harness.ts';
import { api } from '../helpers/http.ts';
import { ADMIN, dbFileOf, tempDir } from '../helpers/server.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { markersFound, seedWorkshop } from './seed.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('deletion sweep with a fake clock', () => {
  const h = new Harness();
  const apps: App[] = [];
  afterEach(async () => {
    await h.cleanup();
    for (const app of apps.splice(0)) await app.close();
  });

  /** The real server whose deletion rules read `clock.now` instead of the time of day. */
  async function startWithClock(env: Record<string, string> = {}) {
    const clock = { now: Date.now() };
    const dataDir = tempDir();
    const config = readConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      SAMSYN_DATA_DIR: dataDir,
      SAMSYN_ADMIN_EMAIL: ADMIN.email,
      SAMSYN_ADMIN_PASSWORD: ADMIN.password,
      ...env,
    });
    const app = await createServer(config, createLog('silent'), () => new Date(clock.now));
    apps.push(app);
    return { app, dataDir, clock };
  }

  const logOf = (dbFile: string, workshopId: string) => {
    const db = new Database(dbFile, { readonly: true });
    try {
      return db
        .prepare(
          'SELECT action, actor IS NULL AS bySweep, reason FROM deletion_log WHERE workshop_id = ? ORDER BY id',
        )
        .all(workshopId);
    } finally {
      db.close();
    }
  };

  it('keeps a deleted workshop restorable through the grace period and purges it after', async () => {
    const started = await startWithClock();
    const s = await seedWorkshop(h, started);
    await api(s.url, 'DELETE', `/api/workshops/${s.workshopId}`, { cookie: s.facilitator });

    started.clock.now += 29 * DAY;
    expect(started.app.sweepDeletions().purged).toBe(0);
    const listed = await api<DeletedWorkshop[]>(s.url, 'GET', '/api/deleted-workshops', {
      cookie: s.facilitator,
    });
    expect(listed.body.map((w) => w.id)).toEqual([s.workshopId]);

    started.clock.now += 2 * DAY;
    const outcome = started.app.sweepDeletions();
    expect(outcome.purged).toBe(1);
    expect(outcome.erase?.complete).toBe(true);
    expect(markersFound(s.dbFile)).toEqual([]);
    expect(logOf(s.dbFile, s.workshopId)).toEqual([
      { action: 'deleted', bySweep: 0, reason: 'owner' },
      { action: 'purged', bySweep: 1, reason: 'grace' },
    ]);
    const after = await api<DeletedWorkshop[]>(s.url, 'GET', '/api/deleted-workshops', {
      cookie: s.facilitator,
    });
    expect(after.body).toEqual([]);
  });

  it('purges a workshop idle past SAMSYN_RETENTION_DAYS, closing its connections, and keeps a planned one', async () => {
    const started = await startWithClock({ SAMSYN_RETENTION_DAYS: '365' });
    const s = await seedWorkshop(h, started);
    const p = await h.socket(s.url, s.workshopId, 'participant', s.participant);
    const plannedDate = new Date(started.clock.now + 400 * DAY).toISOString().slice(0, 10);
    const planned = await api<{ workshop: { id: string } }>(s.url, 'POST', '/api/workshops', {
      cookie: s.facilitator,
      body: {
        title: 'Lanseringskonferens',
        date: plannedDate,
        place: 'Örebro',
        description: '',
        priorities: [],
      },
    });
    expect(planned.status).toBe(201);

    started.clock.now += 364 * DAY;
    expect(started.app.sweepDeletions().purged).toBe(0);
    started.clock.now += 2 * DAY;
    expect(started.app.sweepDeletions().purged).toBe(1);

    await waitFor(() => !p.socket.connected, 10_000, 'the participant disconnected');
    expect(markersFound(s.dbFile)).toEqual([]);
    expect(logOf(s.dbFile, s.workshopId)).toEqual([{ action: 'purged', bySweep: 1, reason: 'retention' }]);
    const kept = await api(s.url, 'GET', `/api/workshops/${planned.body.workshop.id}`, {
      cookie: s.facilitator,
    });
    expect(kept.status).toBe(200);
    const db = new Database(dbFileOf(started.dataDir), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('purges nothing when SAMSYN_RETENTION_DAYS is not set, however long a workshop sits idle', async () => {
    const started = await startWithClock();
    const s = await seedWorkshop(h, started);
    started.clock.now += 3650 * DAY;
    expect(started.app.sweepDeletions().purged).toBe(0);
    const res = await api(s.url, 'GET', `/api/workshops/${s.workshopId}`, { cookie: s.facilitator });
    expect(res.status).toBe(200);
  });
});
