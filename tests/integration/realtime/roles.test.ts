import { afterEach, describe, expect, it } from 'vitest';
import { Harness, openRoom, priorityIds } from '../helpers/harness.ts';
import { ack, connectError, okData, rawAck } from '../helpers/sockets.ts';

describe('realtime/handshake and command roles', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('answers FORBIDDEN when a participant sends facilitator commands', async () => {
    const room = await openRoom(h, ['Ett', 'Två'], ['civil']);
    const [a, b] = priorityIds(room) as [string, string];
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const forbidden = { ok: false, error: { code: 'FORBIDDEN' } };

    expect(await ack(p, 'workshop:lock', { locked: true })).toEqual(forbidden);
    expect(await ack(p, 'vote:open', { dotsPerParticipant: 5, maxPerPriority: 3 })).toEqual(forbidden);
    expect(await ack(p, 'vote:close', {})).toEqual(forbidden);
    expect(await ack(p, 'vote:reveal', { revealed: true })).toEqual(forbidden);
    expect(await ack(p, 'workshop:collect', {})).toEqual(forbidden);
    expect(await ack(p, 'priority:hide', { priorityId: a, hidden: true })).toEqual(forbidden);
    expect(await ack(p, 'priority:move', { priorityId: a, toIndex: 1 })).toEqual(forbidden);
    expect(await ack(p, 'priority:merge', { sourceId: a, targetId: b })).toEqual(forbidden);

    const snap = okData(await ack(p, 'workshop:sync', {}));
    expect(snap.state).toMatchObject({ phase: 'collect', locked: false, vote: null });
    expect(snap.state.priorities.map((x) => [x.id, x.hidden])).toEqual([
      [a, false],
      [b, false],
    ]);
  });

  it('answers FORBIDDEN when a projector casts a vote or adds a priority', async () => {
    const room = await openRoom(h, ['Ett']);
    const [a] = priorityIds(room);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const projector = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);
    okData(await ack(f, 'vote:open', { dotsPerParticipant: 5, maxPerPriority: 3 }));

    const vote = await ack(projector, 'vote:cast', { allocation: { [a!]: 1 } });
    const add = await ack(projector, 'priority:add', { text: 'Från projektorn' });

    expect(vote).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(add).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(okData(await ack(f, 'workshop:sync', {})).tally?.totalDots).toBe(0);
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
    const [a] = priorityIds(room);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);

    expect(await rawAck(f, 'workshop:lock', { locked: 'yes' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', fields: ['locked'] },
    });
    expect(await rawAck(f, 'vote:open', { dotsPerParticipant: 0, maxPerPriority: 3, extra: 1 })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', fields: ['dotsPerParticipant', '(root)'] },
    });
    expect(await rawAck(p, 'priority:add', { text: 'x'.repeat(501) })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: ['text'] },
    });
    expect(await rawAck(p, 'vote:cast', { allocation: { [a!]: -1 } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await rawAck(p, 'vote:cast', 'not an object')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const snap = okData(await ack(f, 'workshop:sync', {}));
    expect(snap.state).toMatchObject({ locked: false, phase: 'collect' });
    expect(snap.state.priorities).toHaveLength(1);
  });

  it('adds a priority for a participant when collecting, and answers LOCKED when locked', async () => {
    const room = await openRoom(h, [], ['academia']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);

    const added = okData(await ack(p, 'priority:add', { text: 'Forskning nära företag' }));
    okData(await ack(f, 'workshop:lock', { locked: true }));
    const refused = await ack(p, 'priority:add', { text: 'Efter låset' });

    expect(refused).toEqual({ ok: false, error: { code: 'LOCKED' } });
    const snap = okData(await ack(f, 'workshop:sync', {}));
    expect(snap.state.priorities.map((x) => [x.id, x.createdBySector])).toEqual([
      [added.priorityId, 'academia'],
    ]);
    expect(okData(await ack(f, 'priority:add', { text: 'Facilitatorn får' })).priorityId).toMatch(
      /^[\w-]{6,}$/,
    );
  });
});
