import { afterEach, describe, expect, it } from 'vitest';
import type { CreatedWorkshop, Facilitator, ParticipantProfile } from '../../../shared/protocol/api.ts';
import { itemIds, sync } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { api } from '../helpers/http.ts';
import { ADMIN } from '../helpers/server.ts';

describe('createServer restart', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('keeps facilitator and participant sessions when the server restarts on the same data dir', async () => {
    const room = await openRoom(h, ['Ett'], ['business']);
    const participant = room.participants[0]!;
    await h.closeApp(room.app);

    const { app } = await h.start({ dataDir: room.dataDir });

    const me = await api<Facilitator>(app.url, 'GET', '/api/auth/me', { cookie: room.facilitator });
    expect([me.status, me.body.email]).toEqual([200, ADMIN.email]);
    const them = await api<ParticipantProfile>(app.url, 'GET', `/api/workshops/${room.workshop.id}/me`, {
      cookie: participant.cookie,
    });
    expect([them.status, them.body.id]).toEqual([200, participant.profile.id]);
    const workshop = await api<CreatedWorkshop>(app.url, 'GET', `/api/workshops/${room.workshop.id}`, {
      cookie: room.facilitator,
    });
    expect(workshop.body.workshop.agenda.map((a) => [a.id, a.type])).toEqual([
      [room.listId, 'list'],
      [room.dotsId, 'dots'],
    ]);
    const f = await h.socket(app.url, room.workshop.id, 'facilitator', room.facilitator);
    expect(itemIds(await sync(f), room.listId)).toEqual(room.items);
    expect(room.items).toHaveLength(1);
  });
});
