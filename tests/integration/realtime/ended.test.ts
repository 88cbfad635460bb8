import { afterEach, describe, expect, it } from 'vitest';
import { Harness, openRoom } from '../helpers/harness.ts';
import { api } from '../helpers/http.ts';
import { ack, connectError, type TestSocket } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

/** What a socket heard of the workshop's end, and whether it was closed for good. */
function watchEnd(t: TestSocket) {
  const seen = { ended: [] as unknown[], disconnect: [] as string[] };
  t.socket.on('workshop:ended', (m) => seen.ended.push(m));
  t.socket.on('disconnect', (reason) => seen.disconnect.push(reason));
  return seen;
}

describe('realtime/a deleted workshop', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('answers the heartbeat at once, for every role', async () => {
    const room = await openRoom(h, ['Ett'], ['civil']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const pr = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    for (const t of [f, pr, p]) expect(await ack(t, 'connection:ping', {})).toEqual({ ok: true, data: null });
  });

  it('tells every socket of it, disconnects them for good, and refuses a reconnect with NOT_FOUND', async () => {
    const room = await openRoom(h, ['Ett', 'Två'], ['civil', 'public']);
    const id = room.workshop.id;
    const f = await h.socket(room.url, id, 'facilitator', room.facilitator);
    const other = await h.socket(room.url, id, 'facilitator', room.facilitator);
    const projector = await h.socket(room.url, id, 'projector', room.facilitator);
    const phones = await Promise.all(
      room.participants.map((p) => h.socket(room.url, id, 'participant', p.cookie)),
    );
    // A socket of another workshop hears nothing.
    const elsewhere = await openRoom(h, ['Annat'], ['academia']);
    const bystander = await h.socket(
      elsewhere.url,
      elsewhere.workshop.id,
      'participant',
      elsewhere.participants[0]!.cookie,
    );
    const all = [f, other, projector, ...phones];
    const seen = all.map(watchEnd);
    const untouched = watchEnd(bystander);

    const res = await api(room.url, 'DELETE', `/api/workshops/${id}`, { cookie: room.facilitator });
    expect(res.status).toBe(204);

    await waitFor(() => seen.every((s) => s.disconnect.length > 0), 5000, 'every socket disconnected');
    for (const s of seen) {
      expect(s.ended).toEqual([{ reason: 'deleted' }]);
      // `io server disconnect`: the client does not reconnect by itself.
      expect(s.disconnect).toEqual(['io server disconnect']);
    }
    for (const t of all) expect(t.socket.active).toBe(false);
    expect(untouched).toEqual({ ended: [], disconnect: [] });
    expect(bystander.socket.connected).toBe(true);

    // Coming back is refused with a code the screens say plainly ("Workshoppen är borttagen").
    expect(await connectError(room.url, id, 'participant', room.participants[0]!.cookie)).toBe('NOT_FOUND');
    expect(await connectError(room.url, id, 'projector', room.facilitator)).toBe('NOT_FOUND');
    expect(await connectError(room.url, id, 'facilitator', room.facilitator)).toBe('NOT_FOUND');
  });

  it('closes the texts of a deleted workshop, and refuses to open them again', async () => {
    const room = await openRoom(h, ['Ett'], ['civil']);
    const y = h.yjs(room.url, room.listId, room.participants[0]!.cookie);
    await waitFor(() => y.provider.synced, 5000, 'synced');
    const res = await api(room.url, 'DELETE', `/api/workshops/${room.workshop.id}`, {
      cookie: room.facilitator,
    });
    expect(res.status).toBe(204);
    await waitFor(() => y.closeCodes.includes(4404), 10_000, 'the document refused as not found');
  });
});
