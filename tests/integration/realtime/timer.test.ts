import { afterEach, describe, expect, it } from 'vitest';
import { remaining, timerStatus } from '../../../shared/domain/timer.ts';
import type { TimerMessage } from '../../../shared/protocol/events.ts';
import { openVote, sync } from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { ack, okData, rawAck, timersOf } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

const MIN = 60_000;
/** The shortest timer the protocol allows (its end is tested in timerEnd.test.ts). */
const SHORTEST = 10_000;

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
    const activityId = room.listId;
    const seen = () => [f, projector, p].map((s) => timersOf(s, activityId));
    const latest = () => seen().map((s) => s.at(-1));
    const allAt = (n: number) =>
      waitFor(() => seen().every((s) => s.length === n), 5000, `${n} timer messages`);

    okData(await ack(f, 'timer:start', { activityId, durationMs: 5 * MIN, closeOnEnd: true }));
    await allAt(1);
    for (const m of latest()) {
      expect(m?.timer).toMatchObject({ durationMs: 5 * MIN, closeOnEnd: true, ended: false });
      expect(timerStatus(m!.timer!)).toBe('running');
      expect(leftIn(m!)).toBeLessThanOrEqual(5 * MIN);
      expect(leftIn(m!)).toBeGreaterThan(4 * MIN);
    }

    okData(await ack(f, 'timer:pause', { activityId }));
    await allAt(2);
    const pausedLeft = leftIn(seen()[0]!.at(-1)!)!;
    for (const m of latest()) {
      expect(timerStatus(m!.timer!)).toBe('paused');
      expect(m?.timer?.endsAt).toBeNull();
      expect(leftIn(m!)).toBe(pausedLeft);
    }
    expect(pausedLeft).toBeGreaterThan(4 * MIN);

    okData(await ack(f, 'timer:resume', { activityId }));
    await allAt(3);
    for (const m of latest()) {
      expect(timerStatus(m!.timer!)).toBe('running');
      expect(leftIn(m!)).toBeLessThanOrEqual(pausedLeft);
    }

    okData(await ack(f, 'timer:extend', { activityId, byMs: MIN }));
    await allAt(4);
    for (const m of latest()) {
      expect(m?.timer?.durationMs).toBe(6 * MIN);
      expect(leftIn(m!)).toBeGreaterThan(5 * MIN);
      expect(leftIn(m!)).toBeLessThanOrEqual(6 * MIN);
    }

    okData(await ack(f, 'timer:stop', { activityId }));
    await allAt(5);
    for (const m of latest()) expect(m?.timer).toBeNull();
    expect([f, projector, p].flatMap((s) => s.timers.map((m) => m.activityId))).toEqual(
      Array(15).fill(activityId),
    );
  });

  it('includes the timer and the server time in the snapshot when a timer is set', async () => {
    const room = await openRoom(h, [], ['civil']);
    const { f } = await staff(h, room);
    const p = await participant(h, room);
    const before = await sync(p);
    expect(before.timers).toEqual({});
    expect(typeof before.serverNow).toBe('number');

    okData(await ack(f, 'timer:start', { activityId: room.listId, durationMs: 3 * MIN, closeOnEnd: false }));
    const snap = await sync(p);

    expect(Object.keys(snap.timers)).toEqual([room.listId]);
    const timer = snap.timers[room.listId]!;
    expect(timer).toMatchObject({ durationMs: 3 * MIN, closeOnEnd: false, ended: false });
    expect(remaining(timer, snap.serverNow)).toBeGreaterThan(2 * MIN);
    expect(remaining(timer, snap.serverNow)).toBeLessThanOrEqual(3 * MIN);
  });

  it('keeps the timer out of the cached workshop state when it changes', async () => {
    const room = await openRoom(h, []);
    const { f } = await staff(h, room);

    okData(await ack(f, 'timer:start', { activityId: room.listId, durationMs: MIN, closeOnEnd: false }));
    await waitFor(() => f.timers.length === 1, 5000, 'timer message');

    const state = (await sync(f)).state;
    expect(state).not.toHaveProperty('timer');
    for (const a of state.agenda) expect(a).not.toHaveProperty('timer');
    expect(f.states).toEqual([]);
  });

  it("keeps one timer per activity, and a draft's timer from participants and the projector", async () => {
    const room = await openRoom(h, ['Ett'], ['public']);
    const { f, projector } = await staff(h, room);
    const p = await participant(h, room);

    okData(await ack(f, 'timer:start', { activityId: room.listId, durationMs: 5 * MIN, closeOnEnd: false }));
    okData(await ack(f, 'timer:start', { activityId: room.dotsId, durationMs: 2 * MIN, closeOnEnd: true }));
    okData(await ack(f, 'timer:pause', { activityId: room.dotsId }));
    await waitFor(() => timersOf(f, room.dotsId).length === 2, 5000, 'both dots timer messages');
    await waitFor(() => timersOf(p, room.listId).length === 1, 5000, 'the list timer at the participant');

    const staffTimers = (await sync(f)).timers;
    expect(Object.keys(staffTimers).sort()).toEqual([room.listId, room.dotsId].sort());
    expect(timerStatus(staffTimers[room.listId]!)).toBe('running');
    expect(staffTimers[room.listId]?.durationMs).toBe(5 * MIN);
    expect(timerStatus(staffTimers[room.dotsId]!)).toBe('paused');
    expect(staffTimers[room.dotsId]?.durationMs).toBe(2 * MIN);
    for (const s of [p, projector]) {
      expect(Object.keys((await sync(s)).timers)).toEqual([room.listId]);
      expect(timersOf(s, room.dotsId)).toEqual([]);
    }

    // Once the dot voting opens, the room sees its timer.
    await openVote(f, room.dotsId);
    const timers = (await sync(p)).timers;
    expect(Object.keys(timers).sort()).toEqual([room.listId, room.dotsId].sort());
    expect(timerStatus(timers[room.dotsId]!)).toBe('paused');
  });

  it('answers FORBIDDEN when a participant or the projector sends timer commands', async () => {
    const room = await openRoom(h, [], ['business']);
    const { f, projector } = await staff(h, room);
    const p = await participant(h, room);
    const activityId = room.listId;
    okData(await ack(f, 'timer:start', { activityId, durationMs: MIN, closeOnEnd: false }));
    const forbidden = { ok: false, error: { code: 'FORBIDDEN' } };

    for (const s of [p, projector]) {
      expect(await ack(s, 'timer:start', { activityId, durationMs: MIN, closeOnEnd: true })).toEqual(
        forbidden,
      );
      expect(await ack(s, 'timer:pause', { activityId })).toEqual(forbidden);
      expect(await ack(s, 'timer:resume', { activityId })).toEqual(forbidden);
      expect(await ack(s, 'timer:extend', { activityId, byMs: MIN })).toEqual(forbidden);
      expect(await ack(s, 'timer:stop', { activityId })).toEqual(forbidden);
    }
    const timer = (await sync(f)).timers[activityId];
    expect(timer).toMatchObject({ durationMs: MIN, closeOnEnd: false });
    expect(timerStatus(timer!)).toBe('running');
  });

  it('answers VALIDATION when a duration or an extension is out of range, and extends to 3 h at most', async () => {
    const room = await openRoom(h, []);
    const { f } = await staff(h, room);
    const activityId = room.listId;
    const invalid = (field: string) => ({ ok: false, error: { code: 'VALIDATION', fields: [field] } });

    for (const durationMs of [SHORTEST - 1, 180 * MIN + 1, 90_000.5, -MIN, '60000'])
      expect(await rawAck(f, 'timer:start', { activityId, durationMs, closeOnEnd: false })).toEqual(
        invalid('durationMs'),
      );
    expect(await rawAck(f, 'timer:start', { activityId, durationMs: MIN })).toEqual(invalid('closeOnEnd'));
    expect(await rawAck(f, 'timer:start', { durationMs: MIN, closeOnEnd: false })).toEqual(
      invalid('activityId'),
    );
    okData(await ack(f, 'timer:start', { activityId, durationMs: SHORTEST, closeOnEnd: false }));
    okData(await ack(f, 'timer:start', { activityId, durationMs: 180 * MIN, closeOnEnd: false }));
    for (const byMs of [SHORTEST - 1, 60 * MIN + 1, 0])
      expect(await rawAck(f, 'timer:extend', { activityId, byMs })).toEqual(invalid('byMs'));
    expect((await rawAck(f, 'timer:pause', { activityId, now: 1 })).ok).toBe(false);

    okData(await ack(f, 'timer:start', { activityId, durationMs: 120 * MIN, closeOnEnd: false }));
    okData(await ack(f, 'timer:extend', { activityId, byMs: 60 * MIN }));
    await waitFor(() => f.timers.length === 4, 5000, 'four accepted changes');
    expect(f.timers.at(-1)?.timer?.durationMs).toBe(180 * MIN);
    // Another extension leaves no more than the longest timer.
    okData(await ack(f, 'timer:extend', { activityId, byMs: 60 * MIN }));
    await waitFor(() => f.timers.length === 5, 5000, 'the fifth change');
    const last = f.timers.at(-1)!;
    expect(leftIn(last)).toBeLessThanOrEqual(180 * MIN);
    expect(last.timer?.durationMs).toBeLessThan(181 * MIN);
  });

  it('answers WRONG_PHASE when a command does not fit the timer as it is', async () => {
    const room = await openRoom(h, []);
    const { f } = await staff(h, room);
    const activityId = room.listId;
    const wrong = { ok: false, error: { code: 'WRONG_PHASE' } };

    expect(await ack(f, 'timer:pause', { activityId })).toEqual(wrong);
    expect(await ack(f, 'timer:resume', { activityId })).toEqual(wrong);
    expect(await ack(f, 'timer:extend', { activityId, byMs: MIN })).toEqual(wrong);
    expect(await ack(f, 'timer:stop', { activityId })).toEqual(wrong);
    okData(await ack(f, 'timer:start', { activityId, durationMs: MIN, closeOnEnd: false }));
    expect(await ack(f, 'timer:resume', { activityId })).toEqual(wrong);
    // Another activity's timer is its own: nothing runs there.
    expect(await ack(f, 'timer:pause', { activityId: room.dotsId })).toEqual(wrong);
    okData(await ack(f, 'timer:pause', { activityId }));
    expect(await ack(f, 'timer:pause', { activityId })).toEqual(wrong);
    okData(await ack(f, 'timer:stop', { activityId }));
    expect(await ack(f, 'timer:stop', { activityId })).toEqual(wrong);
  });

  it('keeps a paused timer as it was when the server restarts on the same data dir', async () => {
    const room = await openRoom(h, []);
    const { f } = await staff(h, room);
    const activityId = room.dotsId;
    okData(await ack(f, 'timer:start', { activityId, durationMs: 5 * MIN, closeOnEnd: true }));
    okData(await ack(f, 'timer:pause', { activityId }));
    const before = (await sync(f)).timers;
    expect(Object.keys(before)).toEqual([activityId]);
    await h.closeApp(room.app);

    const { app } = await h.start({ dataDir: room.dataDir });
    const again = await h.socket(app.url, room.workshop.id, 'facilitator', room.facilitator);

    expect((await sync(again)).timers).toEqual(before);
    okData(await ack(again, 'timer:resume', { activityId }));
  });

  it('forgets the timer with its activity when the activity is deleted', async () => {
    const room = await openRoom(h, []);
    const { f } = await staff(h, room);
    okData(await ack(f, 'timer:start', { activityId: room.dotsId, durationMs: 5 * MIN, closeOnEnd: true }));

    okData(await ack(f, 'agenda:delete', { activityId: room.dotsId }));

    expect((await sync(f)).timers).toEqual({});
    expect(await ack(f, 'timer:stop', { activityId: room.dotsId })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
