import { afterEach, describe, expect, it } from 'vitest';
import { JOINS_PER_ADDRESS, JOINS_PER_WORKSHOP } from '../../../server/http/rateLimits.ts';
import type { JoinPreview } from '../../../shared/protocol/api.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { api, createWorkshop, type ErrorBody, login } from '../helpers/http.ts';
import { originOf } from '../helpers/origin.ts';
import { ack } from '../helpers/sockets.ts';

/** A first join (no cookie), as through one reverse proxy hop when `client` is given. */
async function joinFrom(
  url: string,
  code: string,
  client?: string,
): Promise<{ status: number; code?: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', origin: originOf(url) };
  if (client) headers['x-forwarded-for'] = client;
  const res = await fetch(`${url}/api/join`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ code, sector: 'public' }),
  });
  const body = (await res.json()) as Partial<ErrorBody>;
  return body.error ? { status: res.status, code: body.error.code } : { status: res.status };
}

describe('http/joinRouter ceilings and the door', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('lets a hall of 150 and more join from one address, and refuses the join past the ceiling', async () => {
    const room = await openRoom(h, []);
    const statuses: number[] = [];
    for (let i = 0; i < JOINS_PER_ADDRESS; i++)
      statuses.push((await joinFrom(room.url, room.workshop.code)).status);
    const next = await joinFrom(room.url, room.workshop.code);
    const { workshop: other } = await createWorkshop(room.url, room.facilitator);

    expect(JOINS_PER_ADDRESS).toBeGreaterThanOrEqual(150);
    expect(statuses.filter((s) => s === 201)).toHaveLength(JOINS_PER_ADDRESS);
    expect(next).toEqual({ status: 429, code: 'RATE_LIMITED' });
    // The ceiling is per workshop: the same address still joins another one.
    expect((await joinFrom(room.url, other.code)).status).toBe(201);
  });

  it('refuses new joins to one workshop past its ceiling from all addresses together', async () => {
    const { app } = await h.start({ env: { SAMSYN_TRUST_PROXY: '1' } });
    const { workshop } = await createWorkshop(app.url, await login(app.url));
    const halls = Math.ceil(JOINS_PER_WORKSHOP / JOINS_PER_ADDRESS);
    let admitted = 0;
    for (let hall = 0; hall < halls; hall++) {
      for (let i = 0; i < JOINS_PER_ADDRESS && admitted < JOINS_PER_WORKSHOP; i++) {
        if ((await joinFrom(app.url, workshop.code, `198.51.100.${hall + 1}`)).status === 201) admitted++;
      }
    }

    expect(admitted).toBe(JOINS_PER_WORKSHOP);
    expect(await joinFrom(app.url, workshop.code, '203.0.113.9')).toEqual({
      status: 429,
      code: 'RATE_LIMITED',
    });
  });

  it('refuses new participants while the door is closed, and keeps those already in working', async () => {
    const room = await openRoom(h, [], ['civil']);
    const [p] = room.participants as [(typeof room.participants)[0]];
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const ps = await h.socket(room.url, room.workshop.id, 'participant', p.cookie);

    expect(await ack(ps, 'workshop:settings', { joinsOpen: false })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await ack(f, 'workshop:settings', { joinsOpen: false })).toEqual({ ok: true, data: null });
    const refused = await joinFrom(room.url, room.workshop.code);
    const preview = await api<JoinPreview>(room.url, 'GET', `/api/join/${room.workshop.code}`);
    const me = await api(room.url, 'GET', `/api/workshops/${room.workshop.id}/me`, { cookie: p.cookie });
    const rejoin = await api(room.url, 'POST', '/api/join', {
      cookie: p.cookie,
      body: { code: room.workshop.code, sector: 'public' },
    });
    const synced = await ack(ps, 'workshop:sync', {});

    expect(refused).toEqual({ status: 409, code: 'JOINS_CLOSED' });
    expect(preview.body.joinsOpen).toBe(false);
    expect([me.status, rejoin.status]).toEqual([200, 200]);
    expect(synced).toMatchObject({ ok: true, data: { state: { settings: { joinsOpen: false } } } });

    expect(await ack(f, 'workshop:settings', { joinsOpen: true })).toEqual({ ok: true, data: null });
    expect((await joinFrom(room.url, room.workshop.code)).status).toBe(201);
  });
});
