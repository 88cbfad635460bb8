import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../shared/protocol/version.ts';
import {
  type ChildServer,
  ensureServerBuild,
  freePort,
  killHard,
  startChild,
} from '../helpers/childServer.ts';
import { dbFileOf, tempDir } from '../helpers/server.ts';

const health = async (url: string) => {
  const res = await fetch(`${url}/api/health`);
  return { status: res.status, body: (await res.json()) as unknown };
};

describe('/api/health', () => {
  const children: ChildServer[] = [];
  const held: Database.Database[] = [];
  beforeAll(() => {
    ensureServerBuild();
  }, 180_000);
  afterEach(async () => {
    for (const db of held.splice(0)) db.close();
    for (const c of children.splice(0)) await killHard(c);
  });

  // As root a read-only file or directory is still writable, so the fault is a write lock held by
  // another process (a backup tool, a second server on the same data): every write of the server
  // then fails with SQLITE_BUSY while reads go on.
  it('answers 503 with a stable body while the database cannot be written, and ok again after', async () => {
    const dataDir = tempDir();
    const server = await startChild(await freePort(), dataDir);
    children.push(server);
    expect(await health(server.url)).toEqual({
      status: 200,
      body: { status: 'ok', version: PROTOCOL_VERSION },
    });

    const other = new Database(dbFileOf(dataDir));
    held.push(other);
    other.exec('BEGIN IMMEDIATE');
    expect(await health(server.url)).toEqual({
      status: 503,
      body: { status: 'unavailable', version: PROTOCOL_VERSION, reason: 'database-not-writable' },
    });

    other.exec('ROLLBACK');
    expect(await health(server.url)).toEqual({
      status: 200,
      body: { status: 'ok', version: PROTOCOL_VERSION },
    });
  }, 20_000);
});
