import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Allocation } from '../../../shared/activities/dots/types.ts';
import type { Ack } from '../../../shared/protocol/errors.ts';
import { cast, castOk, mineIn, openVote, sync } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { connectError, type TestSocket } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

const RULES = { dotsPerParticipant: 5, maxPerPriority: 3 };

describe('realtime/io floods from one participant', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('refuses a flood of responses with RATE_LIMITED, keeps the last accepted one and cuts the socket', async () => {
    const room = await openRoom(h, ['Ett', 'Två', 'Tre'], ['public', 'business']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const cookie = room.participants[0]!.cookie;
    const flooder = await h.socket(room.url, room.workshop.id, 'participant', cookie);
    const other = await h.socket(room.url, room.workshop.id, 'participant', room.participants[1]!.cookie);
    await openVote(f, room.dotsId, RULES);
    const [a, b, c] = room.items as [string, string, string];
    const allocations: Allocation[] = Array.from({ length: 400 }, (_, i) => ({
      [a]: 1 + (i % 3),
      [b]: 1 + ((i >> 2) % 2),
      [c]: i % 2 === 0 ? 0 : 1 - ((i >> 2) % 2),
    }));
    let cut = false;
    flooder.socket.on('disconnect', () => {
      cut = true;
    });

    // Sent without waiting, as a script would; the other participant votes during the flood. Acks
    // of events sent after the server cut the socket never come (null).
    const flood = Promise.all(
      allocations.map((allocation) => cast(flooder, room.dotsId, allocation).catch(() => null)),
    );
    const others: Array<Ack<unknown>> = [];
    for (let i = 0; i < 5; i++) others.push(await cast(other, room.dotsId, { [b]: 1 + (i % 2) }));
    const replies = await flood;

    const refused = replies.filter((r) => r !== null && !r.ok);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(r).toEqual({ ok: false, error: { code: 'RATE_LIMITED' } });
    for (const r of others) expect(r.ok).toBe(true);
    await waitFor(() => cut, 5000, 'the flooding socket cut');
    const lastAccepted = replies.findLastIndex((r) => r?.ok === true);
    expect(lastAccepted).toBeGreaterThanOrEqual(0);
    const expected = Object.fromEntries(
      Object.entries(allocations[lastAccepted]!).filter(([, dots]) => dots > 0),
    );
    const again = await h.socket(room.url, room.workshop.id, 'participant', cookie);
    expect(mineIn(await sync(again), room.dotsId)).toEqual(expected);
  });

  it('cuts a socket that floods events asking no answer, or events the server does not know', async () => {
    const room = await openRoom(h, ['Ett'], ['public']);
    const cookie = room.participants[0]!.cookie;
    for (const event of ['activity:respond', 'no:such-event']) {
      const t = await h.socket(room.url, room.workshop.id, 'participant', cookie);
      const cut = new Promise<string>((resolve) => t.socket.once('disconnect', resolve));
      const untyped = t.socket as unknown as { emit(event: string, payload: unknown): void };
      for (let i = 0; i < 500; i++) untyped.emit(event, { activityId: room.dotsId, value: {} });
      expect(await cut).toBe('io server disconnect');
    }
  });

  it('lets a fast tapper through: ten taps a second for two seconds', async () => {
    const room = await openRoom(h, ['Ett', 'Två'], ['public']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    await openVote(f, room.dotsId, RULES);
    const [a] = room.items as [string];
    for (let tap = 0; tap < 20; tap++) {
      await castOk(p, room.dotsId, { [a]: 1 + (tap % 3) });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  it('refuses an 11th socket on one cookie, and takes one again when another closes', async () => {
    const room = await openRoom(h, ['Ett'], ['public']);
    const cookie = room.participants[0]!.cookie;
    const open: TestSocket[] = [];
    for (let i = 0; i < 10; i++) open.push(await h.socket(room.url, room.workshop.id, 'participant', cookie));

    expect(await connectError(room.url, room.workshop.id, 'participant', cookie)).toBe(
      'TOO_MANY_CONNECTIONS',
    );

    open[0]!.socket.close();
    await waitFor(
      async () =>
        (await connectError(room.url, room.workshop.id, 'participant', cookie).catch(() => 'ok')) === 'ok',
      5000,
      'a free place after one socket closed',
    );
  });

  it('closes an engine.io connection that never connects a namespace', async () => {
    const room = await openRoom(h, ['Ett'], []);
    const raw = new WebSocket(`${room.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`, {
      headers: { origin: room.url },
    });
    const opened = new Promise<string>((resolve) => raw.once('message', (m) => resolve(String(m))));
    let closed = false;
    raw.on('close', () => {
      closed = true;
    });
    raw.on('message', (m) => {
      if (String(m) === '2') raw.send('3'); // answer engine.io pings, as a live but idle client would
    });
    expect((await opened).startsWith('0')).toBe(true);
    await waitFor(() => closed, 15_000, 'the idle engine.io connection closed');
  });
});
