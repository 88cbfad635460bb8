import { describe, expect, it } from 'vitest';
import type { TimerState } from '../../../shared/domain/timer.ts';
import { activityIn, addItemAck, cast, castOk, openVote, sync } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { ack, okData, type TestSocket, timersOf } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

/** The shortest timer the protocol allows; these tests wait for it to end. */
const SHORTEST = 10_000;
/** Long enough for the shortest timer to end on a busy machine. */
const END_WAIT = 25_000;
const SLOW = 45_000;

/** These wait for the shortest timer to run out, so they run side by side, each with its own server. */
describe.concurrent('realtime timer end', () => {
  /** A room with one participant, with the list live (collecting) or the dot voting open and live. */
  async function roomIn(h: Harness, phase: 'collect' | 'voting') {
    const room = await openRoom(h, ['Ett', 'Två'], ['academia']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    if (phase === 'voting') await openVote(f, room.dotsId, { dotsPerParticipant: 3, maxPerPriority: 2 });
    return { room, f, p, ids: room.items, activityId: phase === 'voting' ? room.dotsId : room.listId };
  }

  const endedIn = (s: TestSocket, activityId: string) =>
    waitFor(() => timersOf(s, activityId).find((m) => m.timer?.ended)?.timer, END_WAIT, 'the timer to end');

  it('closes the dot voting when a timer with closeOnEnd ends on it', { timeout: SLOW }, async ({
    onTestFinished,
  }) => {
    const h = new Harness();
    onTestFinished(() => h.cleanup());
    const { room, f, p, ids, activityId } = await roomIn(h, 'voting');

    okData(await ack(f, 'timer:start', { activityId, durationMs: SHORTEST, closeOnEnd: true }));
    const ended = await endedIn(p, activityId);

    expect(ended).toMatchObject({ ended: true, endsAt: null, remainingMs: 0, closeOnEnd: true });
    expect(await cast(p, activityId, { [ids[0]!]: 1 })).toEqual({
      ok: false,
      error: { code: 'VOTING_CLOSED' },
    });
    await waitFor(
      () => p.states.at(-1)?.agenda.find((a) => a.id === activityId)?.status === 'closed',
      5000,
      'closed state broadcast',
    );
    // Only that activity: the list (closed when voting opened) and the live choice stay as they were.
    const snap = await sync(f);
    expect(snap.state.liveActivityId).toBe(activityId);
    expect(activityIn(snap, room.listId).status).toBe('closed');
  });

  it('closes the list when a timer with closeOnEnd ends on it while collecting', { timeout: SLOW }, async ({
    onTestFinished,
  }) => {
    const h = new Harness();
    onTestFinished(() => h.cleanup());
    const { room, f, p, activityId } = await roomIn(h, 'collect');

    okData(await ack(f, 'timer:start', { activityId, durationMs: SHORTEST, closeOnEnd: true }));
    await endedIn(p, activityId);

    expect(await addItemAck(p, activityId, 'För sent')).toEqual({
      ok: false,
      error: { code: 'WRONG_PHASE' },
    });
    await waitFor(
      () => p.states.at(-1)?.agenda.find((a) => a.id === activityId)?.status === 'closed',
      5000,
      'closed state broadcast',
    );
    // The dot voting over it stays a draft: the timer closes its own activity and nothing else.
    expect(activityIn(await sync(f), room.dotsId).status).toBe('draft');
  });

  it('closes nothing when a timer without closeOnEnd ends', { timeout: SLOW }, async ({ onTestFinished }) => {
    const h = new Harness();
    onTestFinished(() => h.cleanup());
    const voting = await roomIn(h, 'voting');
    const collecting = await roomIn(h, 'collect');

    for (const r of [voting, collecting])
      okData(
        await ack(r.f, 'timer:start', { activityId: r.activityId, durationMs: SHORTEST, closeOnEnd: false }),
      );
    await Promise.all([voting, collecting].map((r) => endedIn(r.p, r.activityId)));

    await castOk(voting.p, voting.activityId, { [voting.ids[0]!]: 1 });
    okData(await addItemAck(collecting.p, collecting.activityId, 'Hinner ändå'));
    const states = [
      activityIn(await sync(voting.f), voting.activityId),
      activityIn(await sync(collecting.f), collecting.activityId),
    ];
    expect(states.map((s) => [s.status, s.locked])).toEqual([
      ['open', false],
      ['open', false],
    ]);
  });

  it('ends a running timer on time when the server restarted while it ran', { timeout: SLOW }, async ({
    onTestFinished,
  }) => {
    const h = new Harness();
    onTestFinished(() => h.cleanup());
    const { room, f, ids, activityId } = await roomIn(h, 'voting');
    okData(await ack(f, 'timer:start', { activityId, durationMs: SHORTEST, closeOnEnd: true }));
    const before = (await sync(f)).timers[activityId];
    await h.closeApp(room.app);

    const { app } = await h.start({ dataDir: room.dataDir });
    const again = await h.socket(app.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(app.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const snap = await sync(again);

    expect(snap.timers[activityId]).toEqual(before);
    await endedIn(p, activityId);
    expect(await cast(p, activityId, { [ids[0]!]: 1 })).toEqual({
      ok: false,
      error: { code: 'VOTING_CLOSED' },
    });
  });

  it('applies an end that passed while the server was down when it starts', { timeout: SLOW }, async ({
    onTestFinished,
  }) => {
    const h = new Harness();
    onTestFinished(() => h.cleanup());
    const { room, f, ids, activityId } = await roomIn(h, 'voting');
    okData(await ack(f, 'timer:start', { activityId, durationMs: SHORTEST, closeOnEnd: true }));
    const before = (await sync(f)).timers[activityId] as TimerState;
    await h.closeApp(room.app);
    await waitFor(() => Date.now() > (before.endsAt ?? 0), END_WAIT, 'the end to pass while down');

    const { app } = await h.start({ dataDir: room.dataDir });
    const p = await h.socket(app.url, room.workshop.id, 'participant', room.participants[0]!.cookie);

    // Before anything reads the timer: the end was applied when the server started.
    expect(await cast(p, activityId, { [ids[0]!]: 1 })).toEqual({
      ok: false,
      error: { code: 'VOTING_CLOSED' },
    });
    const snap = await sync(p);
    expect(snap.timers[activityId]).toEqual({ ...before, endsAt: null, remainingMs: 0, ended: true });
    expect(activityIn(snap, activityId).status).toBe('closed');
  });
});
