import { afterEach, describe, expect, it } from 'vitest';
import type { CreatedWorkshop, WorkshopFacilitator, WorkshopSummary } from '../../../shared/protocol/api.ts';
import { YJS_CLOSE } from '../../../shared/protocol/yjsDoc.ts';
import { activityIn, control, sync } from '../helpers/agenda.ts';
import { Harness, openRoom, priorityIds, type Room } from '../helpers/harness.ts';
import { type Account, api, createFacilitator, type ErrorBody } from '../helpers/http.ts';
import { connectError } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { allSaved, textOf } from '../helpers/yjs.ts';

const NOT_FOUND = { error: { code: 'NOT_FOUND' } };

describe('http/membershipRouter: who may reach a workshop', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  /** Every REST read of one workshop, with its status; the list says whether it is listed. */
  async function restAccess(room: Room, cookie: string) {
    const id = room.workshop.id;
    const paths = [
      `/api/workshops/${id}`,
      `/api/workshops/${id}/qr.svg`,
      `/api/workshops/${id}/export.md`,
      `/api/workshops/${id}/export.csv`,
      `/api/workshops/${id}/facilitators`,
    ];
    const statuses: Record<string, number> = {};
    for (const path of paths)
      statuses[path.slice(path.indexOf(id) + id.length) || '/'] = (
        await api(room.url, 'GET', path, { cookie })
      ).status;
    const list = await api<WorkshopSummary[]>(room.url, 'GET', '/api/workshops', { cookie });
    return { listed: list.body.some((w) => w.id === id), statuses };
  }

  const all = (status: number) => ({
    '/': status,
    '/qr.svg': status,
    '/export.md': status,
    '/export.csv': status,
    '/facilitators': status,
  });

  /** Connects to /yjs (the list's document) as `account` and tries to write into the first priority. */
  async function yjsWrite(room: Room, account: Account, text: string): Promise<'written' | number> {
    const [pid] = priorityIds(room) as [string];
    const y = h.yjs(room.url, room.listId, account.cookie);
    const outcome = await waitFor(
      () => (y.closeCodes[0] !== undefined ? y.closeCodes[0] : y.provider.synced && 'synced'),
      5000,
      'a yjs outcome',
    );
    if (outcome !== 'synced') return outcome;
    y.texts.get(pid)?.insert(0, text);
    await waitFor(() => allSaved(y), 5000, 'the write saved');
    return 'written';
  }

  it('keeps another facilitator out of a workshop on every channel until they are added', async () => {
    const room = await openRoom(h, ['Vatten']);
    const id = room.workshop.id;
    const other = await createFacilitator(room.url, room.facilitator);

    expect(await restAccess(room, other.cookie)).toEqual({ listed: false, statuses: all(404) });
    const del = await api<ErrorBody>(room.url, 'DELETE', `/api/workshops/${id}`, { cookie: other.cookie });
    expect([del.status, del.body]).toEqual([404, NOT_FOUND]);
    expect(await connectError(room.url, id, 'facilitator', other.cookie)).toBe('NOT_FOUND');
    expect(await connectError(room.url, id, 'projector', other.cookie)).toBe('NOT_FOUND');
    expect(await yjsWrite(room, other, 'Inkräktare ')).toBe(YJS_CLOSE.unauthorised);
    const owner = h.yjs(room.url, room.listId, room.facilitator);
    await waitFor(() => owner.provider.synced, 5000, 'owner synced');
    expect(textOf(owner, priorityIds(room)[0]!)).toBe('Vatten');
    const still = await api(room.url, 'GET', `/api/workshops/${id}`, { cookie: room.facilitator });
    expect(still.status).toBe(200);
  });

  it('lets a co-facilitator run and export the workshop but not delete it once added', async () => {
    const room = await openRoom(h, ['Vatten']);
    const id = room.workshop.id;
    const co = await createFacilitator(room.url, room.facilitator);

    const added = await api<WorkshopFacilitator[]>(room.url, 'POST', `/api/workshops/${id}/facilitators`, {
      cookie: room.facilitator,
      body: { email: 'KOLLEGA@example.se' },
    });

    expect(added.status).toBe(201);
    expect(added.body.map((m) => [m.email, m.role])).toEqual([
      ['pl@example.se', 'owner'],
      ['kollega@example.se', 'co'],
    ]);
    expect(await restAccess(room, co.cookie)).toEqual({ listed: true, statuses: all(200) });
    const list = await api<WorkshopSummary[]>(room.url, 'GET', '/api/workshops', { cookie: co.cookie });
    expect(list.body.map((w) => w.role)).toEqual(['co']);
    const got = await api<CreatedWorkshop>(room.url, 'GET', `/api/workshops/${id}`, { cookie: co.cookie });
    expect(got.body.role).toBe('co');
    const f = await h.socket(room.url, id, 'facilitator', co.cookie);
    await control(f, room.listId, 'lock');
    expect(activityIn(await sync(f), room.listId).locked).toBe(true);
    await h.socket(room.url, id, 'projector', co.cookie);
    expect(await yjsWrite(room, co, 'Rent ')).toBe('written');
    const del = await api<ErrorBody>(room.url, 'DELETE', `/api/workshops/${id}`, { cookie: co.cookie });
    expect([del.status, del.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const md = await api<string>(room.url, 'GET', `/api/workshops/${id}/export.md`, { cookie: co.cookie });
    expect(md.body).toContain('Rent Vatten');
  });

  it('shuts a removed co-facilitator out again and closes their open sockets', async () => {
    const room = await openRoom(h, ['Vatten']);
    const id = room.workshop.id;
    const co = await createFacilitator(room.url, room.facilitator);
    await api(room.url, 'POST', `/api/workshops/${id}/facilitators`, {
      cookie: room.facilitator,
      body: { email: co.email },
    });
    const open = await h.socket(room.url, id, 'facilitator', co.cookie);
    const openYjs = h.yjs(room.url, room.listId, co.cookie);
    await waitFor(() => openYjs.provider.synced, 5000, 'the open Yjs connection');

    const removed = await api(room.url, 'DELETE', `/api/workshops/${id}/facilitators/${co.id}`, {
      cookie: room.facilitator,
    });

    expect(removed.status).toBe(204);
    await waitFor(() => !open.socket.connected, 5000, 'the open socket to be closed');
    await waitFor(
      () => openYjs.closeCodes.includes(YJS_CLOSE.unauthorised),
      5000,
      'the Yjs connection closed',
    );
    expect(await restAccess(room, co.cookie)).toEqual({ listed: false, statuses: all(404) });
    expect(await connectError(room.url, id, 'facilitator', co.cookie)).toBe('NOT_FOUND');
    expect(await connectError(room.url, id, 'projector', co.cookie)).toBe('NOT_FOUND');
    expect(await yjsWrite(room, co, 'Efteråt ')).toBe(YJS_CLOSE.unauthorised);
  });

  it('lets any member add by email, only the owner remove others, and anyone but the owner leave', async () => {
    const room = await openRoom(h, []);
    const id = room.workshop.id;
    const base = `/api/workshops/${id}/facilitators`;
    const co = await createFacilitator(room.url, room.facilitator, 'co@example.se');
    const third = await createFacilitator(room.url, room.facilitator, 'tredje@example.se');
    await api(room.url, 'POST', base, { cookie: room.facilitator, body: { email: co.email } });

    const byCo = await api(room.url, 'POST', base, { cookie: co.cookie, body: { email: third.email } });
    const again = await api<WorkshopFacilitator[]>(room.url, 'POST', base, {
      cookie: co.cookie,
      body: { email: third.email },
    });
    const unknown = await api<ErrorBody>(room.url, 'POST', base, {
      cookie: co.cookie,
      body: { email: 'ingen@example.se' },
    });
    const bad = await api<ErrorBody>(room.url, 'POST', base, { cookie: co.cookie, body: { email: 'x' } });
    const coRemovesThird = await api<ErrorBody>(room.url, 'DELETE', `${base}/${third.id}`, {
      cookie: co.cookie,
    });
    const me = await api<{ id: string }>(room.url, 'GET', '/api/auth/me', { cookie: room.facilitator });
    const coRemovesOwner = await api<ErrorBody>(room.url, 'DELETE', `${base}/${me.body.id}`, {
      cookie: co.cookie,
    });
    const notAMember = await api<ErrorBody>(room.url, 'DELETE', `${base}/${id}`, {
      cookie: room.facilitator,
    });
    const ownerLeaves = await api<ErrorBody>(room.url, 'DELETE', `${base}/${me.body.id}`, {
      cookie: room.facilitator,
    });
    const coLeaves = await api(room.url, 'DELETE', `${base}/${co.id}`, { cookie: co.cookie });
    const ownerRemovesThird = await api(room.url, 'DELETE', `${base}/${third.id}`, {
      cookie: room.facilitator,
    });

    expect(byCo.status).toBe(201);
    expect([again.status, again.body.length]).toEqual([200, 3]);
    expect([unknown.status, unknown.body.error.code]).toEqual([422, 'UNKNOWN_ACCOUNT']);
    expect([bad.status, bad.body.error]).toEqual([400, { code: 'VALIDATION', fields: ['email'] }]);
    expect([coRemovesThird.status, coRemovesThird.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect([coRemovesOwner.status, coRemovesOwner.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect([notAMember.status, notAMember.body]).toEqual([404, NOT_FOUND]);
    expect([ownerLeaves.status, ownerLeaves.body.error.code]).toEqual([409, 'OWNER_CANNOT_LEAVE']);
    expect([coLeaves.status, ownerRemovesThird.status]).toEqual([204, 204]);
    const left = await api<WorkshopFacilitator[]>(room.url, 'GET', base, { cookie: room.facilitator });
    expect(left.body.map((m) => [m.id, m.role])).toEqual([[me.body.id, 'owner']]);
  });
});
