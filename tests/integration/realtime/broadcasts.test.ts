import { afterEach, describe, expect, it } from 'vitest';
import type { DotsView, Tally } from '../../../shared/activities/dots/types.ts';
import { emptyBySector } from '../../../shared/domain/sectors.ts';
import { activityIn, addItem, castOk, control, openVote, sync, tallyOf } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { resultsOf, viewsOf } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('realtime/io broadcasts', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('sends the facilitator live results, the projector totals and participants results only after reveal', async () => {
    const room = await openRoom(h, ['Ett', 'Två'], ['public', 'business']);
    const [a, b] = room.items as [string, string];
    const dots = room.dotsId;
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const projector = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);
    const [p1, p2] = await Promise.all(
      room.participants.map((p) => h.socket(room.url, room.workshop.id, 'participant', p.cookie)),
    );
    await openVote(f, dots, { dotsPerParticipant: 5, maxPerPriority: 3 });

    await castOk(p1!, dots, { [a]: 3, [b]: 1 });
    await castOk(p2!, dots, { [a]: 2 });

    const at = (s: typeof f) => resultsOf(s, dots) as Array<Tally | null>;
    const live = await waitFor(() => at(f).find((t) => t?.totalDots === 6), 5000, 'live results');
    expect(live.byPriority[a]).toEqual({
      total: 5,
      bySector: { ...emptyBySector(), public: 3, business: 2 },
    });
    expect(live.votersBySector).toEqual({ ...emptyBySector(), public: 1, business: 1 });
    // Before reveal the projector may show how many voted, never what they chose.
    const totals = await waitFor(
      () => at(projector).find((t) => t?.totalDots === 6),
      5000,
      'projector totals',
    );
    expect(totals).toEqual({ ...live, byPriority: {} });
    expect(tallyOf(await sync(projector), dots)).toEqual({ ...live, byPriority: {} });
    // The results went out to every room in one go; a round trip on p1's own socket comes after them.
    expect(tallyOf(await sync(p1!), dots)).toBeNull();
    expect(at(p1!)).toEqual([]);
    expect(at(p2!)).toEqual([]);

    await control(f, dots, 'reveal');

    const revealed = await waitFor(() => at(p1!).at(-1), 5000, 'results after reveal');
    expect(revealed).toEqual(live);
    await waitFor(() => at(p2!).length === 1, 5000, 'results at p2');
    expect(tallyOf(await sync(p2!), dots)?.totalDots).toBe(6);
    await waitFor(() => at(projector).at(-1)?.byPriority[a], 5000, 'full results at the projector');
    expect(at(projector).at(-1)).toEqual(live);

    await control(f, dots, 'hide');
    await waitFor(() => at(p1!).length === 2, 5000, 'hidden again');
    expect(at(p1!)[1]).toBeNull();
    expect(tallyOf(await sync(p1!), dots)).toBeNull();
    await waitFor(() => at(projector).at(-1)?.byPriority[a] === undefined, 5000, 'projector redacted again');
    expect(tallyOf(await sync(projector), dots)).toEqual({ ...live, byPriority: {} });
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
    expect(all.joined).toBe(3);
    expect((await sync(f)).presence.total).toBe(3);

    leaving.socket.close();

    const after = await waitFor(
      () => f.presence.at(-1)?.total === 2 && f.presence.at(-1),
      5000,
      'presence of 2',
    );
    expect(after.bySector).toEqual({ ...emptyBySector(), public: 1, civil: 1 });
    // Who has left is still among those who joined.
    expect(after.joined).toBe(3);
  });

  it('broadcasts the new state to everyone when the facilitator locks a list', async () => {
    const room = await openRoom(h, ['Ett'], ['other']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const projector = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);

    await control(f, room.listId, 'lock');

    for (const s of [f, p, projector]) {
      const state = await waitFor(() => s.states.at(-1), 5000, 'state broadcast');
      expect(state).toMatchObject({ id: room.workshop.id, liveActivityId: room.listId });
      expect(activityIn(state, room.listId)).toMatchObject({ locked: true, status: 'open' });
    }
    // Facilitators get the controls that now make sense with it.
    const actions = await waitFor(() => f.actions.at(-1), 5000, 'activity:actions');
    expect(actions[room.listId]).toContain('unlock');
    expect(p.actions).toEqual([]);
    expect(projector.actions).toEqual([]);
  });

  it('never sends participants or the projector anything of a draft', async () => {
    const room = await openRoom(h, ['Ett'], ['public']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const projector = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);
    const dots = room.dotsId;

    // A new item in the draft's source changes the draft's view; a lock changes the state.
    const added = await addItem(f, room.listId, 'Två');
    await control(f, room.listId, 'lock');
    const hasAdded = (v: unknown) => (v as DotsView).items.some((x) => x.id === added);
    await waitFor(() => viewsOf(f, dots).some(hasAdded), 5000, 'the draft view at the facilitator');
    await waitFor(
      () => viewsOf(p, room.listId).some(hasAdded) && viewsOf(projector, room.listId).some(hasAdded),
      5000,
      'the list view with the new item at the room',
    );
    await waitFor(() => p.states.length > 0 && projector.states.length > 0, 5000, 'state at the room');

    for (const s of [p, projector]) {
      const snap = await sync(s);
      expect(snap.state.agenda.map((x) => x.id)).toEqual([room.listId]);
      expect(Object.keys(snap.views)).toEqual([room.listId]);
      expect(snap.results).toEqual({});
      expect(snap.actions).toEqual({});
      expect(s.views.map((m) => m.activityId)).not.toContain(dots);
      expect(s.results).toEqual([]);
      expect(s.states.flatMap((x) => x.agenda.map((y) => y.id))).not.toContain(dots);
    }
    const staff = await sync(f);
    expect(Object.keys(staff.views).sort()).toEqual([room.listId, dots].sort());
    expect(Object.keys(staff.actions).sort()).toEqual([room.listId, dots].sort());
  });
});

describe('realtime/io broadcasts to a large room', () => {
  // 230 screens on one account: past the default cap of sockets per account (realtime/socketCap.ts).
  const h = new Harness({ env: { SAMSYN_SOCKETS_PER_ACCOUNT: '300' } });
  afterEach(() => h.cleanup());

  // Presence and who-is-writing go out in slices of sockets (realtime/spread.ts); every socket of
  // the room must still get them, past the slice boundaries.
  it('reaches every socket of a room larger than one slice', async () => {
    const room = await openRoom(h, ['Ett'], ['public']);
    const screens = await Promise.all(
      Array.from({ length: 230 }, () => h.socket(room.url, room.workshop.id, 'projector', room.facilitator)),
    );
    await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    for (const s of screens) await waitFor(() => s.presence.some((p) => p.total === 1), 5000, 'presence');
    expect(screens.filter((s) => s.presence.at(-1)?.total === 1)).toHaveLength(230);
  });
});
