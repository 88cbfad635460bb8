import { afterEach, describe, expect, it } from 'vitest';
import { remaining, type TimerState, timerStatus } from '../../../shared/domain/timer.ts';
import type { TimerMessage } from '../../../shared/protocol/events.ts';
import { Harness, openRoom, priorityIds, type Room } from '../helpers/harness.ts';
import { ack, okData, rawAck, type TestSocket } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

const MIN = 60_000;
/** The shortest timer the protocol allows; the tests that wait for an end use it. */
const SHORTEST = 10_000;
/** Long enough for the shortest timer to end on a busy machine. */
const END_WAIT = 25_000;
const SLOW = 45_000;

/** Every `timer` broadcast a socket receives, oldest first. */
function timersOf(s: TestSocket): TimerMessage[] {
  const got: TimerMessage[] = [];
  s.socket.on('timer', (m) => got.push(m));
  return got;
}

/** The time left as the server saw it when it sent the message. */
const leftIn = (m: TimerMessage) => (m.timer ? remaining(m.timer, m.serverNow) : null);

async function staff(h: Harness, room: Room) {
  const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
  const projector = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);
  return { f, projector };
}

async function participant(h: Harness, room: Room, index = 0) {
  return h.socket(room.url, room.workshop.id, 'participant', room.participants[index]!.cookie);
}

describe('realtime timer commands', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('broadcasts start, pause, resume, extend and stop to participants and the projector', async () => {
    const room = await openRoom(h, ['Ett'], ['public']);
    const { f, projector } = await staff(h, room);
    const p = await participant(h, room);
    const seen = [timersOf(f), timersOf(projector), timersOf(p)];
    const latest = () => seen.map((s) => s.at(-1));
    const allAt = (n: number) =>
      waitFor(() => seen.every((s) => s.length === n), 5000, `${n} timer messages`);

    okData(await ack(f, 'timer:start', { durationMs: 5 * MIN, closeOnEnd: true }));
    await allAt(1);
    for (const m of latest()) {
      expect(m?.timer).toMatchObject({ durationMs: 5 * MIN, closeOnEnd: true, ended: false });
      expect(timerStatus(m!.timer!)).toBe('running');
      expect(leftIn(m!)).toBeLessThanOrEqual(5 * MIN);
      expect(leftIn(m!)).toBeGreaterThan(4 * MIN);
    }

    okData(await ack(f, 'timer:pause', {}));
    await allAt(2);
    const pausedLeft = leftIn(seen[0]!.at(-1)!)!;
    for (const m of latest()) {
      expect(timerStatus(m!.timer!)).toBe('paused');
      expect(m?.timer?.endsAt).toBeNull();
      expect(leftIn(m!)).toBe(pausedLeft);
    }
    expect(pausedLeft).toBeGreaterThan(4 * MIN);

    okData(await ack(f, 'timer:resume', {}));
    await allAt(3);
    for (const m of latest()) {
      expect(timerStatus(m!.timer!)).toBe('running');
      expect(leftIn(m!)).toBeLessThanOrEqual(pausedLeft);
    }

    okData(await ack(f, 'timer:extend', { byMs: MIN }));
    await allAt(4);
    for (const m of latest()) {
      expect(m?.timer?.durationMs).toBe(6 * MIN);
      expect(leftIn(m!)).toBeGreaterThan(5 * MIN);
      expect(leftIn(m!)).toBeLessThanOrEqual(6 * MIN);
    }

    okData(await ack(f, 'timer:stop', {}));
    await allAt(5);
    for (const m of latest()) expect(m?.timer).toBeNull();
  });

  it('includes the timer and the server time in the snapshot when a timer is set', async () => {
    const room = await openRoom(h, [], ['civil']);
    const { f } = await staff(h, room);
    const p = await participant(h, room);
    const before = okData(await ack(p, 'workshop:sync', {}));
    expect(before.timer).toBeNull();
    expect(typeof before.serverNow).toBe('number');

    okData(await ack(f, 'timer:start', { durationMs: 3 * MIN, closeOnEnd: false }));
    const snap = okData(await ack(p, 'workshop:sync', {}));

    expect(snap.timer).toMatchObject({ durationMs: 3 * MIN, closeOnEnd: false, ended: false });
    expect(remaining(snap.timer!, snap.serverNow)).toBeGreaterThan(2 * MIN);
    expect(remaining(snap.timer!, snap.serverNow)).toBeLessThanOrEqual(3 * MIN);
  });

  it('keeps the timer out of the cached workshop state when it changes', async () => {
    const room = await openRoom(h, []);
    const { f } = await staff(h, room);
    const messages = timersOf(f);

    okData(await ack(f, 'timer:start', { durationMs: MIN, closeOnEnd: false }));
    await waitFor(() => messages.length === 1, 5000, 'timer message');

    expect(okData(await ack(f, 'workshop:sync', {})).state).not.toHaveProperty('timer');
    expect(f.states).toEqual([]);
  });

  it('answers FORBIDDEN when a participant or the projector sends timer commands', async () => {
    const room = await openRoom(h, [], ['business']);
    const { f, projector } = await staff(h, room);
    const p = await participant(h, room);
    okData(await ack(f, 'timer:start', { durationMs: MIN, closeOnEnd: false }));
    const forbidden = { ok: false, error: { code: 'FORBIDDEN' } };

    for (const s of [p, projector]) {
      expect(await ack(s, 'timer:start', { durationMs: MIN, closeOnEnd: true })).toEqual(forbidden);
      expect(await ack(s, 'timer:pause', {})).toEqual(forbidden);
      expect(await ack(s, 'timer:resume', {})).toEqual(forbidden);
      expect(await ack(s, 'timer:extend', { byMs: MIN })).toEqual(forbidden);
      expect(await ack(s, 'timer:stop', {})).toEqual(forbidden);
    }
    const snap = okData(await ack(f, 'workshop:sync', {}));
    expect(snap.timer).toMatchObject({ durationMs: MIN, closeOnEnd: false });
    expect(timerStatus(snap.timer!)).toBe('running');
  });

  it('answers VALIDATION when a duration or an extension is out of range', async () => {
    const room = await openRoom(h, []);
    const { f } = await staff(h, room);
    const messages = timersOf(f);
    const invalid = (field: string) => ({ ok: false, error: { code: 'VALIDATION', fields: [field] } });

    for (const durationMs of [SHORTEST - 1, 180 * MIN + 1, 90_000.5, -MIN, '60000'])
      expect(await rawAck(f, 'timer:start', { durationMs, closeOnEnd: false })).toEqual(
        invalid('durationMs'),
      );
    expect(await rawAck(f, 'timer:start', { durationMs: MIN })).toEqual(invalid('closeOnEnd'));
    okData(await ack(f, 'timer:start', { durationMs: SHORTEST, closeOnEnd: false }));
    okData(await ack(f, 'timer:start', { durationMs: 180 * MIN, closeOnEnd: false }));
    for (const byMs of [SHORTEST - 1, 60 * MIN + 1, 0])
      expect(await rawAck(f, 'timer:extend', { byMs })).toEqual(invalid('byMs'));
    expect((await rawAck(f, 'timer:pause', { now: 1 })).ok).toBe(false);

    okData(await ack(f, 'timer:start', { durationMs: 120 * MIN, closeOnEnd: false }));
    okData(await ack(f, 'timer:extend', { byMs: 60 * MIN }));
    await waitFor(() => messages.length === 4, 5000, 'four accepted changes');
    expect(messages.at(-1)?.timer?.durationMs).toBe(180 * MIN);
  });

  it('answers WRONG_PHASE when a command does not fit the timer as it is', async () => {
    const room = await openRoom(h, []);
    const { f } = await staff(h, room);
    const wrong = { ok: false, error: { code: 'WRONG_PHASE' } };

    expect(await ack(f, 'timer:pause', {})).toEqual(wrong);
    expect(await ack(f, 'timer:resume', {})).toEqual(wrong);
    expect(await ack(f, 'timer:extend', { byMs: MIN })).toEqual(wrong);
    expect(await ack(f, 'timer:stop', {})).toEqual(wrong);
    okData(await ack(f, 'timer:start', { durationMs: MIN, closeOnEnd: false }));
    expect(await ack(f, 'timer:resume', {})).toEqual(wrong);
    okData(await ack(f, 'timer:pause', {}));
    expect(await ack(f, 'timer:pause', {})).toEqual(wrong);
    okData(await ack(f, 'timer:stop', {}));
    expect(await ack(f, 'timer:stop', {})).toEqual(wrong);
  });

  it('keeps a paused timer as it was when the server restarts on the same data dir', async () => {
    const room = await openRoom(h, []);
    const { f } = await staff(h, room);
    okData(await ack(f, 'timer:start', { durationMs: 5 * MIN, closeOnEnd: true }));
    okData(await ack(f, 'timer:pause', {}));
    const before = okData(await ack(f, 'workshop:sync', {})).timer;
    await h.closeApp(room.app);

    const { app } = await h.start({ dataDir: room.dataDir });
    const again = await h.socket(app.url, room.workshop.id, 'facilitator', room.facilitator);

    expect(okData(await ack(again, 'workshop:sync', {})).timer).toEqual(before);
    okData(await ack(again, 'timer:resume', {}));
  });
});

/** These wait for the shortest timer to run out, so they run side by side, each with its own server. */
describe.concurrent('realtime timer end', () => {
  /** A room with one participant, in the phase asked for, a facilitator socket and the participant's. */
  async function roomIn(h: Harness, phase: 'collect' | 'voting') {
    const room = await openRoom(h, ['Ett', 'Två'], ['academia']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await participant(h, room);
    if (phase === 'voting') okData(await ack(f, 'vote:open', { dotsPerParticipant: 3, maxPerPriority: 2 }));
    return { room, f, p, ids: priorityIds(room) };
  }

  const endedIn = (messages: TimerMessage[]) =>
    waitFor(() => messages.find((m) => m.timer?.ended)?.timer, END_WAIT, 'the timer to end');

  it('closes the vote when a timer with closeOnEnd ends while voting', { timeout: SLOW }, async ({
    onTestFinished,
  }) => {
    const h = new Harness();
    onTestFinished(() => h.cleanup());
    const { f, p, ids } = await roomIn(h, 'voting');
    const messages = timersOf(p);

    okData(await ack(f, 'timer:start', { durationMs: SHORTEST, closeOnEnd: true }));
    const ended = await endedIn(messages);

    expect(ended).toMatchObject({ ended: true, endsAt: null, remainingMs: 0, closeOnEnd: true });
    expect(await ack(p, 'vote:cast', { allocation: { [ids[0]!]: 1 } })).toEqual({
      ok: false,
      error: { code: 'VOTING_CLOSED' },
    });
    await waitFor(() => p.states.at(-1)?.phase === 'closed', 5000, 'closed state broadcast');
  });

  it('locks editing when a timer with closeOnEnd ends while collecting', { timeout: SLOW }, async ({
    onTestFinished,
  }) => {
    const h = new Harness();
    onTestFinished(() => h.cleanup());
    const { f, p } = await roomIn(h, 'collect');
    const messages = timersOf(p);

    okData(await ack(f, 'timer:start', { durationMs: SHORTEST, closeOnEnd: true }));
    await endedIn(messages);

    expect(await ack(p, 'priority:add', { text: 'För sent' })).toEqual({
      ok: false,
      error: { code: 'LOCKED' },
    });
    await waitFor(() => p.states.at(-1)?.locked === true, 5000, 'locked state broadcast');
    expect(p.states.at(-1)?.phase).toBe('collect');
  });

  it('closes nothing when a timer without closeOnEnd ends', { timeout: SLOW }, async ({ onTestFinished }) => {
    const h = new Harness();
    onTestFinished(() => h.cleanup());
    const voting = await roomIn(h, 'voting');
    const collecting = await roomIn(h, 'collect');
    const messages = [timersOf(voting.p), timersOf(collecting.p)];

    okData(await ack(voting.f, 'timer:start', { durationMs: SHORTEST, closeOnEnd: false }));
    okData(await ack(collecting.f, 'timer:start', { durationMs: SHORTEST, closeOnEnd: false }));
    await Promise.all(messages.map(endedIn));

    okData(await ack(voting.p, 'vote:cast', { allocation: { [voting.ids[0]!]: 1 } }));
    okData(await ack(collecting.p, 'priority:add', { text: 'Hinner ändå' }));
    const states = [
      okData(await ack(voting.f, 'workshop:sync', {})).state,
      okData(await ack(collecting.f, 'workshop:sync', {})).state,
    ];
    expect(states.map((s) => [s.phase, s.locked])).toEqual([
      ['voting', false],
      ['collect', false],
    ]);
  });

  it('ends a running timer on time when the server restarted while it ran', { timeout: SLOW }, async ({
    onTestFinished,
  }) => {
    const h = new Harness();
    onTestFinished(() => h.cleanup());
    const { room, f, ids } = await roomIn(h, 'voting');
    okData(await ack(f, 'timer:start', { durationMs: SHORTEST, closeOnEnd: true }));
    const before = okData(await ack(f, 'workshop:sync', {})).timer;
    await h.closeApp(room.app);

    const { app } = await h.start({ dataDir: room.dataDir });
    const again = await h.socket(app.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(app.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const messages = timersOf(p);
    const snap = okData(await ack(again, 'workshop:sync', {}));

    expect(snap.timer).toEqual(before);
    await endedIn(messages);
    expect(await ack(p, 'vote:cast', { allocation: { [ids[0]!]: 1 } })).toEqual({
      ok: false,
      error: { code: 'VOTING_CLOSED' },
    });
  });

  it('applies an end that passed while the server was down when it starts', { timeout: SLOW }, async ({
    onTestFinished,
  }) => {
    const h = new Harness();
    onTestFinished(() => h.cleanup());
    const { room, f, ids } = await roomIn(h, 'voting');
    okData(await ack(f, 'timer:start', { durationMs: SHORTEST, closeOnEnd: true }));
    const before = okData(await ack(f, 'workshop:sync', {})).timer as TimerState;
    await h.closeApp(room.app);
    await waitFor(() => Date.now() > (before.endsAt ?? 0), END_WAIT, 'the end to pass while down');

    const { app } = await h.start({ dataDir: room.dataDir });
    const p = await h.socket(app.url, room.workshop.id, 'participant', room.participants[0]!.cookie);

    // Before anything reads the timer: the end was applied when the server started.
    expect(await ack(p, 'vote:cast', { allocation: { [ids[0]!]: 1 } })).toEqual({
      ok: false,
      error: { code: 'VOTING_CLOSED' },
    });
    const snap = okData(await ack(p, 'workshop:sync', {}));
    expect(snap.timer).toEqual({ ...before, endsAt: null, remainingMs: 0, ended: true });
    expect(snap.state.phase).toBe('closed');
  });
});
