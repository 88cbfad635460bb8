import { afterEach, describe, expect, it } from 'vitest';
import { emptyBySector } from '../../../shared/domain/sectors.ts';
import { Harness, openRoom, priorityIds } from '../helpers/harness.ts';
import { ack, okData } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('realtime/io broadcasts', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('sends the facilitator a live tally and participants a tally only after reveal', async () => {
    const room = await openRoom(h, ['Ett', 'Två'], ['public', 'business']);
    const [a, b] = priorityIds(room) as [string, string];
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [p1, p2] = await Promise.all(
      room.participants.map((p) => h.socket(room.url, room.workshop.id, 'participant', p.cookie)),
    );
    okData(await ack(f, 'vote:open', { dotsPerParticipant: 5, maxPerPriority: 3 }));

    okData(await ack(p1!, 'vote:cast', { allocation: { [a]: 3, [b]: 1 } }));
    okData(await ack(p2!, 'vote:cast', { allocation: { [a]: 2 } }));

    const live = await waitFor(() => f.tallies.find((t) => t?.totalDots === 6), 5000, 'live tally');
    expect(live?.byPriority[a]).toEqual({
      total: 5,
      bySector: { ...emptyBySector(), public: 3, business: 2 },
    });
    expect(live?.votersBySector).toEqual({ ...emptyBySector(), public: 1, business: 1 });
    // The tally went out to every room in one go; a round trip on p1's own socket comes after it.
    const snap = okData(await ack(p1!, 'workshop:sync', {}));
    expect(snap.tally).toBeNull();
    expect(p1!.tallies).toEqual([]);
    expect(p2!.tallies).toEqual([]);

    okData(await ack(f, 'vote:reveal', { revealed: true }));

    const revealed = await waitFor(() => p1!.tallies.at(-1), 5000, 'tally after reveal');
    expect(revealed).toEqual(live);
    await waitFor(() => p2!.tallies.length === 1, 5000, 'tally at p2');
    expect(okData(await ack(p2!, 'workshop:sync', {})).tally?.totalDots).toBe(6);

    okData(await ack(f, 'vote:reveal', { revealed: false }));
    await waitFor(() => p1!.tallies.length === 2, 5000, 'hidden again');
    expect(p1!.tallies[1]).toBeNull();
  });

  it('counts presence by sector, a participant with two sockets once', async () => {
    const room = await openRoom(h, [], ['public', 'civil', 'civil']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [pub, civ1, civ2] = room.participants;
    await h.socket(room.url, room.workshop.id, 'participant', pub!.cookie);
    await h.socket(room.url, room.workshop.id, 'participant', pub!.cookie);
    await h.socket(room.url, room.workshop.id, 'participant', civ1!.cookie);
    const leaving = await h.socket(room.url, room.workshop.id, 'participant', civ2!.cookie);

    const all = await waitFor(() => f.presence.find((p) => p.total === 3), 5000, 'presence of 3');
    expect(all.bySector).toEqual({ ...emptyBySector(), public: 1, civil: 2 });
    expect(okData(await ack(f, 'workshop:sync', {})).presence.total).toBe(3);

    leaving.socket.close();

    const after = await waitFor(
      () => f.presence.at(-1)?.total === 2 && f.presence.at(-1),
      5000,
      'presence of 2',
    );
    expect(after.bySector).toEqual({ ...emptyBySector(), public: 1, civil: 1 });
  });

  it('broadcasts the new state to everyone when the facilitator locks', async () => {
    const room = await openRoom(h, ['Ett'], ['other']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const projector = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);

    okData(await ack(f, 'workshop:lock', { locked: true }));

    for (const s of [f, p, projector]) {
      const state = await waitFor(() => s.states.at(-1), 5000, 'state broadcast');
      expect(state).toMatchObject({ id: room.workshop.id, locked: true, phase: 'collect' });
    }
  });
});
