import { afterEach, describe, expect, it } from 'vitest';
import type { DeletedWorkshop, WorkshopSummary } from '../../../shared/protocol/api.ts';
import { YJS_CLOSE } from '../../../shared/protocol/yjsDoc.ts';
import { Harness } from '../helpers/harness.ts';
import { api, createFacilitator } from '../helpers/http.ts';
import { connectError } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { seedWorkshop } from './seed.ts';

describe('deletion: a deleted workshop is hidden until its owner restores it', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('is NOT_FOUND to participants and facilitators alike, and comes back whole when restored', async () => {
    const s = await seedWorkshop(h);
    const co = await createFacilitator(s.url, s.facilitator);
    const added = await api(s.url, 'POST', `/api/workshops/${s.workshopId}/facilitators`, {
      cookie: s.facilitator,
      body: { email: co.email },
    });
    expect(added.status).toBe(201);
    const workshop = await api<{ workshop: { agenda: Array<{ id: string; type: string }> } }>(
      s.url,
      'GET',
      `/api/workshops/${s.workshopId}`,
      { cookie: s.facilitator },
    );
    const listId = workshop.body.workshop.agenda.find((a) => a.type === 'list')?.id as string;
    const p = await h.socket(s.url, s.workshopId, 'participant', s.participant);
    const yjs = h.yjs(s.url, listId, s.participant);
    await waitFor(() => yjs.provider.synced, 10_000, 'synced');

    // A co-facilitator may not delete; only the owner.
    const byCo = await api(s.url, 'DELETE', `/api/workshops/${s.workshopId}`, { cookie: co.cookie });
    expect(byCo.status).toBe(403);
    const res = await api(s.url, 'DELETE', `/api/workshops/${s.workshopId}`, { cookie: s.facilitator });
    expect(res.status).toBe(204);
    await waitFor(
      () => !p.socket.connected && yjs.closeCodes.includes(YJS_CLOSE.notFound),
      10_000,
      'connections closed',
    );

    const status = async (
      method: 'GET' | 'POST' | 'DELETE',
      path: string,
      cookie: string | null,
      body?: unknown,
    ) => (await api(s.url, method, path, body === undefined ? { cookie } : { cookie, body })).status;
    const hidden = {
      preview: await status('GET', `/api/join/${s.code}`, s.participant),
      rejoin: await status('POST', '/api/join', s.participant, { code: s.code, sector: 'business' }),
      newJoin: await status('POST', '/api/join', null, { code: s.code, sector: 'public' }),
      ownerGet: await status('GET', `/api/workshops/${s.workshopId}`, s.facilitator),
      coGet: await status('GET', `/api/workshops/${s.workshopId}`, co.cookie),
      ownerExport: await status('GET', `/api/workshops/${s.workshopId}/export.json`, s.facilitator),
      coTeam: await status('GET', `/api/workshops/${s.workshopId}/facilitators`, co.cookie),
      ownerDeleteAgain: await status('DELETE', `/api/workshops/${s.workshopId}`, s.facilitator),
      coRestore: await status('POST', `/api/deleted-workshops/${s.workshopId}/restore`, co.cookie),
      coPurge: await status('DELETE', `/api/deleted-workshops/${s.workshopId}`, co.cookie),
    };
    expect(hidden).toEqual({
      preview: 404,
      rejoin: 404,
      newJoin: 404,
      ownerGet: 404,
      coGet: 404,
      ownerExport: 404,
      coTeam: 404,
      ownerDeleteAgain: 404,
      coRestore: 404,
      coPurge: 404,
    });
    expect(await connectError(s.url, s.workshopId, 'participant', s.participant)).toBe('NOT_FOUND');
    expect(await connectError(s.url, s.workshopId, 'facilitator', co.cookie)).toBe('NOT_FOUND');
    const refused = h.yjs(s.url, listId, s.participant);
    await waitFor(() => refused.closeCodes.includes(YJS_CLOSE.notFound), 10_000, 'yjs refused');
    refused.provider.disconnect();
    const lists = async (cookie: string) => ({
      live: (await api<WorkshopSummary[]>(s.url, 'GET', '/api/workshops', { cookie })).body.map((w) => w.id),
      deleted: (await api<DeletedWorkshop[]>(s.url, 'GET', '/api/deleted-workshops', { cookie })).body.map(
        (w) => w.id,
      ),
    });
    expect(await lists(s.facilitator)).toEqual({ live: [], deleted: [s.workshopId] });
    expect(await lists(co.cookie)).toEqual({ live: [], deleted: [] });

    const restored = await api(s.url, 'POST', `/api/deleted-workshops/${s.workshopId}/restore`, {
      cookie: s.facilitator,
    });
    expect(restored.status).toBe(204);
    expect(await lists(s.facilitator)).toEqual({ live: [s.workshopId], deleted: [] });
    expect((await lists(co.cookie)).live).toEqual([s.workshopId]);
    // The participant's cookie is good again, with everything they gave.
    const again = await h.socket(s.url, s.workshopId, 'participant', s.participant);
    expect(again.socket.connected).toBe(true);
    const exported = await api<string>(s.url, 'GET', `/api/workshops/${s.workshopId}/export.md`, {
      cookie: s.facilitator,
    });
    expect(exported.status).toBe(200);
    expect(exported.body).toContain('Omskriven av deltagare blaklocka');
  });
});
