import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { YJS_CLOSE } from '../../../shared/protocol/yjsDoc.ts';
import { castOk, openVote } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { api } from '../helpers/http.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { allSaved } from '../helpers/yjs.ts';

describe('http/workshopRouter delete', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('hides the workshop and closes its connections, and its purge erases participants, texts and votes', async () => {
    const room = await openRoom(h, ['Ett'], ['public']);
    const participant = room.participants[0]!;
    const socket = await h.socket(room.url, room.workshop.id, 'participant', participant.cookie);
    const yjs = h.yjs(room.url, room.listId, participant.cookie);
    await waitFor(() => yjs.provider.synced, 5000, 'synced');
    yjs.texts.get(room.items[0]!)!.insert(0, 'Mitt ');
    await waitFor(() => allSaved(yjs), 5000, 'the edit saved');
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    await openVote(f, room.dotsId);
    await castOk(socket, room.dotsId, { [room.items[0]!]: 1 });
    const db = new Database(path.join(room.dataDir, 'samsyn.sqlite'), { readonly: true });
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const tables = [
      'workshops',
      'participants',
      'workshop_facilitators',
      'activities',
      'items',
      'responses',
      'doc_updates',
      'doc_clients',
      'item_versions',
    ];
    // Each of them holds something of the workshop before, so nothing is erased by accident.
    for (const table of tables) expect(count(table), table).toBeGreaterThan(0);

    const res = await api(room.url, 'DELETE', `/api/workshops/${room.workshop.id}`, {
      cookie: room.facilitator,
    });

    expect(res.status).toBe(204);
    await waitFor(
      () => !socket.socket.connected && !f.socket.connected && yjs.closeCodes.includes(YJS_CLOSE.notFound),
      5000,
      'closed',
    );
    expect(
      (await api(room.url, 'GET', `/api/workshops/${room.workshop.id}`, { cookie: room.facilitator })).status,
    ).toBe(404);
    // Deleted, it is hidden but restorable: nothing is erased until the purge.
    for (const table of tables) expect(count(table), table).toBeGreaterThan(0);
    const purged = await api(room.url, 'DELETE', `/api/deleted-workshops/${room.workshop.id}`, {
      cookie: room.facilitator,
    });
    expect(purged.status).toBe(204);
    expect(Object.fromEntries(tables.map((t) => [t, count(t)]))).toEqual(
      Object.fromEntries(tables.map((t) => [t, 0])),
    );
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
