import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectorLink } from '../../../shared/protocol/api.ts';
import { YJS_CLOSE } from '../../../shared/protocol/yjsDoc.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { api } from '../helpers/http.ts';
import { dbFileOf } from '../helpers/server.ts';
import { ack, connectError, rawAck } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

/** The token in a projector link (`…/projektor#<token>`). */
const tokenOf = (link: ProjectorLink) => link.url.split('#')[1] ?? '';

/** What the venue PC does: the facilitator makes a link, the PC opens it and keeps the cookie. */
async function projectorCookie(room: Room): Promise<{ cookie: string; link: ProjectorLink }> {
  const made = await api<ProjectorLink>(
    room.url,
    'POST',
    `/api/workshops/${room.workshop.id}/projector-link`,
    {
      cookie: room.facilitator,
    },
  );
  expect(made.status).toBe(201);
  const claimed = await api<{ workshopId: string }>(room.url, 'POST', '/api/projector/claim', {
    body: { token: tokenOf(made.body) },
  });
  expect(claimed.status).toBe(200);
  expect(claimed.body.workshopId).toBe(room.workshop.id);
  expect(claimed.cookie).toMatch(new RegExp(`^samsyn_x_${room.workshop.id}=`));
  return { cookie: claimed.cookie as string, link: made.body };
}

describe('projector link', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('opens the projector and nothing else: no facilitator socket, command, REST route or export', async () => {
    const room = await openRoom(h, ['Vatten', 'Skog']);
    const { cookie } = await projectorCookie(room);
    const id = room.workshop.id;

    const stage = await h.socket(room.url, id, 'projector', cookie);
    expect((await ack(stage, 'workshop:sync', {})).ok).toBe(true);
    expect((await api(room.url, 'GET', `/api/projector/${id}`, { cookie })).status).toBe(200);

    expect(await connectError(room.url, id, 'facilitator', cookie)).toBe('UNAUTHENTICATED');
    for (const [event, payload] of [
      ['workshop:settings', { joinsOpen: false }],
      ['activity:control', { activityId: room.listId, action: 'lock' }],
      ['agenda:add', { type: 'list' }],
    ] as const)
      expect(await rawAck(stage, event, payload), event).toMatchObject({ ok: false });
    for (const [method, path] of [
      ['GET', '/api/auth/me'],
      ['GET', '/api/workshops'],
      ['GET', `/api/workshops/${id}`],
      ['GET', `/api/workshops/${id}/qr.svg`],
      ['GET', `/api/workshops/${id}/export.csv`],
      ['GET', `/api/workshops/${id}/export.json`],
      ['POST', `/api/workshops/${id}/projector-link`],
      ['DELETE', `/api/workshops/${id}/projector-link`],
      ['DELETE', `/api/workshops/${id}`],
    ] as const)
      expect((await api(room.url, method, path, { cookie })).status, `${method} ${path}`).toBe(401);
  });

  it('reads the texts over Yjs but may not write them', async () => {
    const room = await openRoom(h, ['Vatten']);
    const { cookie } = await projectorCookie(room);
    const y = h.yjs(room.url, room.listId, cookie);
    await waitFor(() => y.provider.synced, 5000, 'synced');
    const itemId = room.items[0] as string;
    expect(y.texts.get(itemId)?.toString()).toBe('Vatten');
    y.texts.get(itemId)?.insert(0, 'Rent ');
    await waitFor(() => y.refused.length > 0, 5000, 'refused');
    const reader = h.yjs(room.url, room.listId, room.facilitator);
    await waitFor(() => reader.provider.synced, 5000, 'facilitator synced');
    expect(reader.texts.get(itemId)?.toString()).toBe('Vatten');
  });

  it("is refused for another workshop's projector", async () => {
    const room = await openRoom(h, []);
    const { cookie } = await projectorCookie(room);
    const other = await api<{ workshop: { id: string } }>(room.url, 'POST', '/api/workshops', {
      cookie: room.facilitator,
      body: {
        title: 'Annan',
        date: '2025-03-15',
        place: 'Karlstad',
        description: '',
        priorities: [],
        names: 'anonymous',
      },
    });
    const otherId = other.body.workshop.id;
    // Renamed to the other workshop's cookie: the token is bound to its own workshop.
    const renamed = cookie.replace(room.workshop.id, otherId);
    expect(await connectError(room.url, otherId, 'projector', renamed)).toBe('UNAUTHENTICATED');
    expect((await api(room.url, 'GET', `/api/projector/${otherId}`, { cookie: renamed })).status).toBe(401);
  });

  it('is refused after the facilitator revokes it, and the open projector is closed', async () => {
    const room = await openRoom(h, []);
    const { cookie, link } = await projectorCookie(room);
    const id = room.workshop.id;
    const stage = await h.socket(room.url, id, 'projector', cookie);
    let reason = '';
    stage.socket.on('disconnect', (r) => {
      reason = r;
    });
    const y = h.yjs(room.url, room.listId, cookie);
    await waitFor(() => y.provider.synced, 5000, 'yjs synced');
    const status = await api<{ expiresAt: number | null }>(
      room.url,
      'GET',
      `/api/workshops/${id}/projector-link`,
      {
        cookie: room.facilitator,
      },
    );
    expect(status.body.expiresAt).toBe(link.expiresAt);
    const revoked = await api(room.url, 'DELETE', `/api/workshops/${id}/projector-link`, {
      cookie: room.facilitator,
    });
    expect(revoked.status).toBe(204);
    await waitFor(() => reason === 'io server disconnect', 5000, 'the projector socket closed');
    await waitFor(() => y.closeCodes.includes(YJS_CLOSE.unauthorised), 5000, 'the Yjs connection closed');
    expect(await connectError(room.url, id, 'projector', cookie)).toBe('UNAUTHENTICATED');
    expect((await api(room.url, 'GET', `/api/projector/${id}`, { cookie })).status).toBe(401);
    const again = await api(room.url, 'POST', '/api/projector/claim', { body: { token: tokenOf(link) } });
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ error: { code: 'PROJECTOR_LINK_INVALID' } });
  });

  it('is refused once its workshop is deleted, even while the link has time left', async () => {
    const room = await openRoom(h, []);
    const { cookie, link } = await projectorCookie(room);
    const id = room.workshop.id;
    const deleted = await api(room.url, 'DELETE', `/api/workshops/${id}`, { cookie: room.facilitator });
    expect(deleted.status).toBe(204);
    const claim = await api(room.url, 'POST', '/api/projector/claim', { body: { token: tokenOf(link) } });
    expect(claim.status).toBe(404);
    expect(claim.body).toMatchObject({ error: { code: 'PROJECTOR_LINK_INVALID' } });
    expect(await connectError(room.url, id, 'projector', cookie)).not.toBeNull();
  });

  it('is refused once expired, and a new link replaces the old', async () => {
    const room = await openRoom(h, []);
    const { cookie } = await projectorCookie(room);
    const id = room.workshop.id;
    const stage = await h.socket(room.url, id, 'projector', cookie);
    const db = new Database(dbFileOf(room.dataDir));
    db.prepare('UPDATE projector_links SET expires_at = ?').run(Date.now() - 1);
    db.close();
    // The open projector learns on its next event (its heartbeat, every 1.5 s in the browser).
    expect(await rawAck(stage, 'connection:ping', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await connectError(room.url, id, 'projector', cookie)).toBe('UNAUTHENTICATED');

    const first = await projectorCookie(room);
    const second = await projectorCookie(room);
    expect(await connectError(room.url, id, 'projector', first.cookie)).toBe('UNAUTHENTICATED');
    expect((await h.socket(room.url, id, 'projector', second.cookie)).socket.connected).toBe(true);
  });

  it('still lets the facilitator open the projector with their own session', async () => {
    const room = await openRoom(h, []);
    const stage = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);
    expect((await ack(stage, 'workshop:sync', {})).ok).toBe(true);
    const info = await api(room.url, 'GET', `/api/projector/${room.workshop.id}`, {
      cookie: room.facilitator,
    });
    expect(info.status).toBe(200);
  });
});
