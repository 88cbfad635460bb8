import { afterEach, describe, expect, it } from 'vitest';
import {
  activityIn,
  addItem,
  addItemAck,
  cast,
  control,
  controlAck,
  itemsOf,
  listCommand,
  openVote,
  setRules,
  sync,
  tallyOf,
} from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { ack, connectError, rawAck } from '../helpers/sockets.ts';

const RULES = { dotsPerParticipant: 5, maxPerPriority: 3 };

describe('realtime/handshake and command roles', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('answers FORBIDDEN when a participant sends facilitator commands', async () => {
    const room = await openRoom(h, ['Ett', 'Två'], ['civil']);
    const [a, b] = room.items as [string, string];
    const { listId, dotsId } = room;
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const forbidden = { ok: false, error: { code: 'FORBIDDEN' } };
    // The dot voting open and closed, so the participant sees it and every control is a real one.
    await openVote(f, dotsId, RULES);
    await control(f, dotsId, 'close');
    await control(f, listId, 'live');

    for (const action of ['live', 'open', 'close', 'lock', 'unlock', 'reveal', 'hide', 'reset'] as const) {
      expect(await controlAck(p, listId, action)).toEqual(forbidden);
      expect(await controlAck(p, dotsId, action)).toEqual(forbidden);
    }
    expect(await setRules(p, dotsId, { dotsPerParticipant: 2, maxPerPriority: 1 })).toEqual(forbidden);
    expect(await ack(p, 'agenda:add', { type: 'list' })).toEqual(forbidden);
    expect(await ack(p, 'agenda:update', { activityId: listId, title: 'Mitt' })).toEqual(forbidden);
    expect(await ack(p, 'agenda:move', { activityId: dotsId, toIndex: 0 })).toEqual(forbidden);
    expect(await ack(p, 'agenda:duplicate', { activityId: listId })).toEqual(forbidden);
    expect(await ack(p, 'agenda:delete', { activityId: dotsId })).toEqual(forbidden);
    expect(await listCommand(p, listId, 'hide', { itemId: a, hidden: true })).toEqual(forbidden);
    expect(await listCommand(p, listId, 'move', { itemId: a, toIndex: 1 })).toEqual(forbidden);
    expect(await listCommand(p, listId, 'merge', { sourceId: a, targetId: b })).toEqual(forbidden);
    expect(await ack(p, 'text:versions', { activityId: listId, itemId: a })).toEqual(forbidden);
    expect(await ack(p, 'text:restore', { activityId: listId, itemId: a, versionId: 1 })).toEqual(forbidden);

    const snap = await sync(p);
    expect(snap.state.liveActivityId).toBe(listId);
    expect(snap.state.agenda.map((x) => [x.id, x.title, x.status, x.locked, x.revealed])).toEqual([
      [listId, '', 'closed', false, false],
      [dotsId, '', 'closed', false, false],
    ]);
    expect(activityIn(snap, dotsId).config).toMatchObject(RULES);
    expect(itemsOf(snap, listId).map((x) => [x.id, x.hidden])).toEqual([
      [a, false],
      [b, false],
    ]);
  });

  it('answers FORBIDDEN when a projector casts a vote or adds a priority', async () => {
    const room = await openRoom(h, ['Ett']);
    const [a] = room.items as [string];
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const projector = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);
    const add = await addItemAck(projector, room.listId, 'Från projektorn');
    await openVote(f, room.dotsId, RULES);

    const vote = await cast(projector, room.dotsId, { [a]: 1 });

    expect(vote).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(add).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    const snap = await sync(f);
    expect(tallyOf(snap, room.dotsId)?.totalDots).toBe(0);
    expect(itemsOf(snap, room.listId)).toHaveLength(1);
  });

  it('answers FORBIDDEN when a facilitator casts a vote', async () => {
    const room = await openRoom(h, ['Ett']);
    const [a] = room.items as [string];
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    await openVote(f, room.dotsId, RULES);

    expect(await cast(f, room.dotsId, { [a]: 1 })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(tallyOf(await sync(f), room.dotsId)?.totalDots).toBe(0);
  });

  it('refuses the handshake when a participant of workshop A connects to workshop B', async () => {
    const room = await openRoom(h, [], ['public']);
    const other = await openRoom(h, []);

    const message = await connectError(
      other.url,
      other.workshop.id,
      'participant',
      room.participants[0]!.cookie,
    );

    expect(message).toBe('UNAUTHENTICATED');
  });

  it('refuses the handshake when a participant asks for the facilitator role', async () => {
    const room = await openRoom(h, [], ['public']);
    const cookie = room.participants[0]!.cookie;

    expect(await connectError(room.url, room.workshop.id, 'facilitator', cookie)).toBe('UNAUTHENTICATED');
    expect(await connectError(room.url, room.workshop.id, 'projector', cookie)).toBe('UNAUTHENTICATED');
    expect(await connectError(room.url, room.workshop.id, 'participant', null)).toBe('UNAUTHENTICATED');
  });

  it('refuses the handshake when the workshop is unknown', async () => {
    const room = await openRoom(h, []);

    expect(await connectError(room.url, 'unknown-workshop', 'facilitator', room.facilitator)).toBe(
      'NOT_FOUND',
    );
  });

  it('answers VALIDATION with the failing fields when a payload is malformed', async () => {
    const room = await openRoom(h, ['Ett'], ['public']);
    const [a] = room.items as [string];
    const { listId, dotsId } = room;
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);

    expect(await rawAck(f, 'activity:control', { activityId: listId, action: 'yes' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', fields: ['action'] },
    });
    expect(await rawAck(f, 'agenda:update', { activityId: dotsId, resetResponses: 'yes', extra: 1 })).toEqual(
      {
        ok: false,
        error: { code: 'VALIDATION', fields: ['resetResponses', '(root)'] },
      },
    );
    // The type's own schema checks its config and command payloads.
    const rules = { sourceActivityId: listId, dotsPerParticipant: 0, maxPerPriority: 3 };
    expect(await rawAck(f, 'agenda:update', { activityId: dotsId, config: rules })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await addItemAck(p, listId, 'x'.repeat(501))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    await openVote(f, dotsId, RULES);
    expect(await cast(p, dotsId, { [a]: -1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await rawAck(p, 'activity:respond', { activityId: dotsId, value: 'not an object' })).toMatchObject(
      {
        ok: false,
        error: { code: 'VALIDATION' },
      },
    );
    expect(await rawAck(p, 'activity:respond', 'not an object')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const snap = await sync(f);
    expect(activityIn(snap, listId)).toMatchObject({ locked: false, status: 'closed' });
    expect(activityIn(snap, dotsId)).toMatchObject({
      status: 'open',
      config: { ...RULES, sourceActivityId: listId },
    });
    expect(itemsOf(snap, listId)).toHaveLength(1);
  });

  it('adds a priority for a participant while the list is open, and answers LOCKED when locked', async () => {
    const room = await openRoom(h, [], ['academia']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);

    const added = await addItem(p, room.listId, 'Forskning nära företag');
    await control(f, room.listId, 'lock');
    const refused = await addItemAck(p, room.listId, 'Efter låset');
    await control(f, room.listId, 'unlock');
    await control(f, room.listId, 'close');
    const closed = await addItemAck(p, room.listId, 'Efter stängningen');

    expect(refused).toEqual({ ok: false, error: { code: 'LOCKED' } });
    expect(closed).toEqual({ ok: false, error: { code: 'WRONG_PHASE' } });
    expect(itemsOf(await sync(f), room.listId).map((x) => [x.id, x.createdBySector])).toEqual([
      [added, 'academia'],
    ]);
    expect(await addItem(f, room.listId, 'Facilitatorn får')).toMatch(/^[\w-]{6,}$/);
  });

  it('answers NOT_FOUND when a command names an activity of another workshop', async () => {
    const room = await openRoom(h, ['Ett'], ['public']);
    const other = await openRoom(h, ['Annat']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const notFound = { ok: false, error: { code: 'NOT_FOUND' } };

    expect(await addItemAck(p, other.listId, 'Fel rum')).toEqual(notFound);
    expect(await controlAck(f, other.listId, 'lock')).toEqual(notFound);
    expect(await ack(f, 'agenda:delete', { activityId: other.dotsId })).toEqual(notFound);
    expect(
      await ack(f, 'timer:start', { activityId: other.listId, durationMs: 60_000, closeOnEnd: true }),
    ).toEqual(notFound);
    expect(await listCommand(f, room.listId, 'explode', {})).toEqual({
      ok: false,
      error: { code: 'NOT_SUPPORTED' },
    });
  });
});
