import { afterEach, describe, expect, it } from 'vitest';
import { JOIN_CODE_MISSES } from '../../../server/http/rateLimits.ts';
import type { JoinPreview, ParticipantProfile, WorkshopSummary } from '../../../shared/protocol/api.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { api, type ErrorBody } from '../helpers/http.ts';
import { ack } from '../helpers/sockets.ts';

describe('http/joinRouter', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('sets a participant cookie that /me accepts when the code is right, in any spelling', async () => {
    const room = await openRoom(h, [], [], 'shown');
    const code = room.workshop.code;
    const typed = `${code.slice(0, 4).toLowerCase()} - ${code.slice(4)}`;

    const preview = await api<JoinPreview>(room.url, 'GET', `/api/join/${code}`);
    const res = await api<ParticipantProfile>(room.url, 'POST', '/api/join', {
      body: { code: typed, sector: 'civil', organisation: 'Föreningen Å', displayName: '  Åsa  ' },
    });

    expect(preview.body).toEqual({
      workshopId: room.workshop.id,
      title: 'Regional utvecklingsstrategi',
      date: '2025-03-14',
      place: 'Örebro slott',
      names: 'shown',
      joined: false,
      joinsOpen: true,
      dataNotice: expect.objectContaining({ organisation: null }),
    });
    expect(res.status).toBe(201);
    expect(res.cookie).toMatch(new RegExp(`^samsyn_p_${room.workshop.id}=.+`));
    const me = await api<ParticipantProfile>(room.url, 'GET', `/api/workshops/${room.workshop.id}/me`, {
      cookie: res.cookie,
    });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: res.body.id,
      workshopId: room.workshop.id,
      sector: 'civil',
      municipality: '',
      organisation: 'Föreningen Å',
      displayName: 'Åsa',
    });
  });

  it('keeps no name in a fully anonymous workshop, even one a script sends', async () => {
    const room = await openRoom(h, []);
    const preview = await api<JoinPreview>(room.url, 'GET', `/api/join/${room.workshop.code}`);
    expect(preview.body.names).toBe('anonymous');
    const res = await api<ParticipantProfile>(room.url, 'POST', '/api/join', {
      body: { code: room.workshop.code, sector: 'civil', displayName: 'Åsa' },
    });
    expect(res.status).toBe(201);
    expect(res.body.displayName).toBe('');
  });

  it('forgets the names given so far when the workshop turns fully anonymous', async () => {
    const room = await openRoom(h, [], ['civil'], 'shown');
    const [p] = room.participants as [(typeof room.participants)[0]];
    expect(p.profile.displayName).toBe('Deltagare civil');
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const denied = await h.socket(room.url, room.workshop.id, 'participant', p.cookie);
    expect(await ack(denied, 'workshop:settings', { names: 'anonymous' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await ack(f, 'workshop:settings', { names: 'anonymous' })).toEqual({ ok: true, data: null });
    const me = await api<ParticipantProfile>(room.url, 'GET', `/api/workshops/${room.workshop.id}/me`, {
      cookie: p.cookie,
    });
    expect(me.body.displayName).toBe('');
    expect(await ack(f, 'workshop:sync', {})).toMatchObject({
      data: { state: { settings: { names: 'anonymous', wordFilter: true, dialogue: null } } },
    });
    expect(await ack(f, 'workshop:settings', { names: 'everyone' } as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('answers 404 INVALID_CODE when the code is unknown or malformed', async () => {
    const room = await openRoom(h, []);

    for (const code of ['ABCDEFGH', 'abc', '00000000', 42]) {
      const res = await api<ErrorBody>(room.url, 'POST', '/api/join', { body: { code, sector: 'public' } });
      expect([code, res.status, res.body]).toEqual([code, 404, { error: { code: 'INVALID_CODE' } }]);
      expect(res.cookie).toBeNull();
    }
  });

  it('answers 400 VALIDATION and creates no participant when the profile is bad', async () => {
    const room = await openRoom(h, []);

    const res = await api<ErrorBody>(room.url, 'POST', '/api/join', {
      body: { code: room.workshop.code, sector: 'pirates', displayName: 'x'.repeat(61) },
    });

    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: 'VALIDATION', fields: ['sector', 'displayName'] });
    expect(res.cookie).toBeNull();
    const list = await api<WorkshopSummary[]>(room.url, 'GET', '/api/workshops', {
      cookie: room.facilitator,
    });
    expect(list.body[0]?.participants).toBe(0);
  });

  it('answers 429 RATE_LIMITED to wrong codes, never to a right one, when one address has missed too many', async () => {
    const room = await openRoom(h, []);
    const miss = () =>
      api<ErrorBody>(room.url, 'POST', '/api/join', { body: { code: 'ZZZZZZZZ', sector: 'other' } });

    const statuses: number[] = [];
    for (let i = 0; i < JOIN_CODE_MISSES; i++) statuses.push((await miss()).status);
    const limited = await miss();
    const rightCode = await api<ErrorBody>(room.url, 'POST', '/api/join', {
      body: { code: room.workshop.code, sector: 'other' },
    });

    expect(statuses.every((s) => s === 404)).toBe(true);
    expect([limited.status, limited.body.error.code]).toEqual([429, 'RATE_LIMITED']);
    expect(rightCode.status).toBe(201);
  });

  it('answers 401 when a participant cookie of workshop A is used for workshop B', async () => {
    const room = await openRoom(h, [], ['public']);
    const { workshop: b } = await api<{ workshop: { id: string } }>(room.url, 'POST', '/api/workshops', {
      cookie: room.facilitator,
      body: { title: 'B', date: '2025-04-01' },
    }).then((r) => r.body);
    const cookieA = room.participants[0]!.cookie;
    // The same secret under B's cookie name must not work either.
    const tokenA = cookieA.split('=')[1];

    const asIs = await api<ErrorBody>(room.url, 'GET', `/api/workshops/${b.id}/me`, { cookie: cookieA });
    const renamed = await api<ErrorBody>(room.url, 'GET', `/api/workshops/${b.id}/me`, {
      cookie: `samsyn_p_${b.id}=${tokenA}`,
    });
    const own = await api(room.url, 'GET', `/api/workshops/${room.workshop.id}/me`, { cookie: cookieA });

    expect([asIs.status, asIs.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect([renamed.status, renamed.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(own.status).toBe(200);
  });
});
