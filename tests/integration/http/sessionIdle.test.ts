import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { Harness } from '../helpers/harness.ts';
import { api, createWorkshop, login } from '../helpers/http.ts';
import { dbFileOf } from '../helpers/server.ts';
import { ack } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

const HOUR = 3600_000;

/**
 * Moves every session's clock columns back by `ms`, as if the session had last been used that
 * long ago (written in the database directly: the server's clock is not ours to mock). On code
 * without a last-use column only the expiry moves, which is how the failing case was reproduced.
 */
function age(dataDir: string, ms: number): void {
  const db = new Database(dbFileOf(dataDir));
  try {
    const columns = (db.pragma('table_info(auth_sessions)') as Array<{ name: string }>).map((c) => c.name);
    for (const column of ['expires_at', 'last_used_at'].filter((c) => columns.includes(c)))
      db.prepare(`UPDATE auth_sessions SET ${column} = ${column} - ?`).run(ms);
  } finally {
    db.close();
  }
}

function lastUsed(dataDir: string): number {
  const db = new Database(dbFileOf(dataDir), { readonly: true });
  try {
    return (db.prepare('SELECT last_used_at AS t FROM auth_sessions').get() as { t: number }).t;
  } finally {
    db.close();
  }
}

describe('facilitator session idle timeout', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('refuses a session unused for longer than the idle timeout (12 h by default)', async () => {
    const { app, dataDir } = await h.start();
    const cookie = await login(app.url);
    expect((await api(app.url, 'GET', '/api/auth/me', { cookie })).status).toBe(200);
    age(dataDir, 13 * HOUR);
    expect((await api(app.url, 'GET', '/api/auth/me', { cookie })).status).toBe(401);
  });

  it('keeps a session that is used, and refreshes its last use', async () => {
    const { app, dataDir } = await h.start();
    const cookie = await login(app.url);
    age(dataDir, 11 * HOUR);
    const before = Date.now();
    expect((await api(app.url, 'GET', '/api/auth/me', { cookie })).status).toBe(200);
    expect(lastUsed(dataDir)).toBeGreaterThanOrEqual(before);
    age(dataDir, 11 * HOUR); // 22 h since login, 11 h since last use
    expect((await api(app.url, 'GET', '/api/auth/me', { cookie })).status).toBe(200);
  });

  it('follows SAMSYN_SESSION_IDLE_HOURS', async () => {
    const { app, dataDir } = await h.start({ env: { SAMSYN_SESSION_IDLE_HOURS: '2' } });
    const cookie = await login(app.url);
    age(dataDir, 3 * HOUR);
    expect((await api(app.url, 'GET', '/api/auth/me', { cookie })).status).toBe(401);
  });

  it('counts an open control room as use, and closes it once the session has gone idle', async () => {
    const { app, dataDir } = await h.start();
    const cookie = await login(app.url);
    const { workshop } = await createWorkshop(app.url, cookie);
    const room = await h.socket(app.url, workshop.id, 'facilitator', cookie);
    age(dataDir, 11 * HOUR);
    const before = Date.now();
    expect((await ack(room, 'connection:ping', {})).ok).toBe(true);
    expect(lastUsed(dataDir)).toBeGreaterThanOrEqual(before);
    // Idle past the limit (a laptop asleep overnight): its next event finds the session gone.
    age(dataDir, 13 * HOUR);
    let reason = '';
    room.socket.on('disconnect', (r) => {
      reason = r;
    });
    room.socket.emit('connection:ping', {}, () => {});
    await waitFor(() => reason === 'io server disconnect', 5000, 'the server to close the socket');
    expect((await api(app.url, 'GET', '/api/auth/me', { cookie })).status).toBe(401);
  });
});
