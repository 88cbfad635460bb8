import { afterEach, describe, expect, it } from 'vitest';
import type { WorkshopSummary } from '../../../shared/protocol/api.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { api, type ErrorBody } from '../helpers/http.ts';
import { originOf } from '../helpers/origin.ts';

describe('http/workshopRouter access and validation', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('answers 401 UNAUTHENTICATED without a facilitator cookie, also with a participant cookie', async () => {
    const room = await openRoom(h, ['Ett'], ['public']);
    const id = room.workshop.id;
    const participant = room.participants[0]!.cookie;
    const requests: Array<['GET' | 'POST', string]> = [
      ['GET', '/api/workshops'],
      ['POST', '/api/workshops'],
      ['GET', `/api/workshops/${id}`],
      ['GET', `/api/workshops/${id}/qr.svg`],
      ['GET', `/api/workshops/${id}/export.md`],
      ['GET', `/api/workshops/${id}/export.csv`],
      ['GET', '/api/auth/me'],
    ];

    for (const [method, path] of requests) {
      for (const cookie of [null, participant, 'samsyn_session=forged']) {
        const body = method === 'POST' ? { title: 'X', date: '2025-01-01' } : undefined;
        const res = await api<ErrorBody>(room.url, method, path, { cookie, body });
        expect([path, res.status, res.body]).toEqual([path, 401, { error: { code: 'UNAUTHENTICATED' } }]);
      }
    }
    const list = await api<WorkshopSummary[]>(room.url, 'GET', '/api/workshops', {
      cookie: room.facilitator,
    });
    expect(list.body.map((w) => w.title)).toEqual(['Regional utvecklingsstrategi']);
  });

  it('answers 400 VALIDATION with the fields and creates nothing when the body is bad', async () => {
    const room = await openRoom(h, []);
    const cookie = room.facilitator;

    const bad = await api<ErrorBody>(room.url, 'POST', '/api/workshops', {
      cookie,
      body: { title: '   ', date: '14/3/2025', priorities: ['ok', ''], extra: true },
    });
    const tooLong = await api<ErrorBody>(room.url, 'POST', '/api/workshops', {
      cookie,
      body: { title: 'x'.repeat(121), date: '2025-03-14' },
    });
    const notJson = await fetch(`${room.url}/api/workshops`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: originOf(room.url) },
      body: '{"title":',
    });

    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION');
    expect(bad.body.error.fields?.sort()).toEqual(['(root)', 'date', 'priorities.1', 'title']);
    expect(tooLong.body.error).toEqual({ code: 'VALIDATION', fields: ['title'] });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: { code: 'VALIDATION', fields: ['(body)'] } });
    const list = await api<WorkshopSummary[]>(room.url, 'GET', '/api/workshops', { cookie });
    expect(list.body).toHaveLength(1);
  });

  it('answers 404 NOT_FOUND when the workshop or route does not exist', async () => {
    const room = await openRoom(h, []);

    const missing = await api<ErrorBody>(room.url, 'GET', '/api/workshops/does-not-exist', {
      cookie: room.facilitator,
    });
    const route = await api<ErrorBody>(room.url, 'GET', '/api/nothing-here');

    expect([missing.status, missing.body.error.code]).toEqual([404, 'NOT_FOUND']);
    expect([route.status, route.body.error.code]).toEqual([404, 'NOT_FOUND']);
  });
});
