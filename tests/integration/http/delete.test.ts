import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { YJS_CLOSE } from '../../../shared/protocol/yjsDoc.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { api } from '../helpers/http.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('http/workshopRouter delete', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('erases the workshop with its participants, texts and votes and closes its connections', async () => {
    const room = await openRoom(h, ['Ett'], ['public']);
    const participant = room.participants[0]!;
    const socket = await h.socket(room.url, room.workshop.id, 'participant', participant.cookie);
    const yjs = h.yjs(room.url, room.workshop.id, participant.cookie);
    await waitFor(() => yjs.provider.synced, 5000, 'synced');

    const res = await api(room.url, 'DELETE', `/api/workshops/${room.workshop.id}`, {
      cookie: room.facilitator,
    });

    expect(res.status).toBe(204);
    await waitFor(
      () => !socket.socket.connected && yjs.closeCodes.includes(YJS_CLOSE.notFound),
      5000,
      'closed',
    );
    expect(
      (await api(room.url, 'GET', `/api/workshops/${room.workshop.id}`, { cookie: room.facilitator })).status,
    ).toBe(404);
    const db = new Database(path.join(room.dataDir, 'samsyn.sqlite'), { readonly: true });
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('workshops'), count('participants'), count('priorities'), count('yjs_updates')]).toEqual([
      0, 0, 0, 0,
    ]);
    db.close();
  });

  it('answers 401 to a participant and 404 to an unknown workshop', async () => {
    const room = await openRoom(h, [], ['public']);
    const asParticipant = await api(room.url, 'DELETE', `/api/workshops/${room.workshop.id}`, {
      cookie: room.participants[0]!.cookie,
    });
    const unknown = await api(room.url, 'DELETE', '/api/workshops/doesnotexist', {
      cookie: room.facilitator,
    });
    expect(asParticipant.status).toBe(401);
    expect(unknown.status).toBe(404);
  });
});
