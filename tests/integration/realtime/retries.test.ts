import { afterEach, describe, expect, it } from 'vitest';
import { itemsOf, sync } from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { type LossyProxy, lossyProxy } from '../helpers/lossyProxy.ts';
import { type OutboxClient, outboxClient } from '../helpers/outbox.ts';
import { rawAck, type TestSocket } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

const OP = 'op-0123456789abcdef';
const add = (listId: string, text: string) => ({ activityId: listId, name: 'add', payload: { text } });
const count = async (f: TestSocket, listId: string) => itemsOf(await sync(f), listId).length;
const portOf = (url: string) => Number(new URL(url).port);

describe('realtime operation ids and client retries', () => {
  const h = new Harness();
  const proxies: LossyProxy[] = [];
  afterEach(async () => {
    await h.cleanup();
    for (const p of proxies.splice(0)) await p.close();
  });

  /** A room whose participant talks to the server through a proxy that can lose and delay. */
  async function lossyRoom(): Promise<{
    room: Room;
    f: TestSocket;
    p: TestSocket;
    proxy: LossyProxy;
    out: OutboxClient;
  }> {
    const room = await openRoom(h, ['Ett'], ['public']);
    const proxy = await lossyProxy(portOf(room.url));
    proxies.push(proxy);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(proxy.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    return { room, f, p, proxy, out: outboxClient(p) };
  }

  it('answers a repeated operation id with the first ack and applies nothing', async () => {
    const room = await openRoom(h, ['Ett'], ['public', 'academia']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [a, b] = await Promise.all(
      room.participants.map((j) => h.socket(room.url, room.workshop.id, 'participant', j.cookie)),
    );
    const first = await rawAck(a!, 'activity:command', { ...add(room.listId, 'Cykelvägar'), opId: OP });
    const again = await rawAck(a!, 'activity:command', { ...add(room.listId, 'Cykelvägar'), opId: OP });
    expect(first.ok).toBe(true);
    expect(again).toEqual(first);
    expect(await count(f, room.listId)).toBe(2);
    // The same id with another request is refused, and changes nothing.
    const other = await rawAck(a!, 'activity:command', { ...add(room.listId, 'Något annat'), opId: OP });
    expect(other).toEqual({ ok: false, error: { code: 'OP_ID_REUSED' } });
    expect(await count(f, room.listId)).toBe(2);
    // Ids are the sender's own: another participant's same id is another operation.
    expect((await rawAck(b!, 'activity:command', { ...add(room.listId, 'Cykelvägar'), opId: OP })).ok).toBe(
      true,
    );
    expect(await count(f, room.listId)).toBe(3);
    // A facilitator's operations are remembered too.
    const agenda = { type: 'poll', opId: OP };
    const made = await rawAck(f, 'agenda:add', agenda);
    expect(await rawAck(f, 'agenda:add', agenda)).toEqual(made);
    expect((await sync(f)).state.agenda).toHaveLength(3);
    // A malformed id is a validation error; so is an id on an event that changes nothing.
    expect(await rawAck(a!, 'activity:command', { ...add(room.listId, 'X'), opId: 'kort' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', fields: ['opId'] },
    });
    expect((await rawAck(a!, 'workshop:sync', { opId: OP })).ok).toBe(false);
    expect(await count(f, room.listId)).toBe(3);
  });

  it('stores a list add once when its ack is lost and the client sends it again after reconnecting', async () => {
    const { room, f, proxy, out } = await lossyRoom();
    proxy.holdReplies();
    const { opId, reply } = out.send('activity:command', add(room.listId, 'Bredband på landsbygden'));
    // Applied on the server, its ack held in the proxy: then the line drops and the ack with it.
    await waitFor(async () => (await count(f, room.listId)) === 2, 10_000, 'the add to be applied');
    proxy.cut();
    const ack = await reply;
    expect(out.sends(opId)).toBeGreaterThanOrEqual(2);
    const items = itemsOf(await sync(f), room.listId);
    expect(items).toHaveLength(2);
    // The retry's ack is the first one: the id of the one item stored.
    expect(ack).toEqual({ ok: true, data: { priorityId: items[1]!.id } });
  });

  it('stores a list add once when its ack arrives after the client stopped waiting and sent it again', async () => {
    const { room, f, proxy, out } = await lossyRoom();
    proxy.holdReplies();
    const { opId, reply } = out.send('activity:command', add(room.listId, 'Kompetensförsörjning'));
    await waitFor(() => out.sends(opId) >= 2, 15_000, 'the client to time out and send again');
    proxy.release();
    const ack = await reply;
    const items = itemsOf(await sync(f), room.listId);
    expect(items).toHaveLength(2);
    expect(ack).toEqual({ ok: true, data: { priorityId: items[1]!.id } });
  });

  it('sends a lost operation again before a newer one: the newer poll answer is the one stored', async () => {
    const { f, p, proxy, out } = await lossyRoom();
    const poll = (await rawAck(f, 'agenda:add', { type: 'poll' })) as {
      ok: true;
      data: { activityId: string };
    };
    const pollId = poll.data.activityId;
    expect((await rawAck(f, 'activity:control', { activityId: pollId, action: 'open' })).ok).toBe(true);
    const config = (await sync(p)).state.agenda.find((x) => x.id === pollId)?.config as {
      options: Array<{ id: string }>;
    };
    const options = config.options.map((o) => o.id);
    const answer = (choice: string) => ({ activityId: pollId, value: { choices: [choice], other: '' } });
    // A: its request never reaches the server. B: sent while the line is down.
    proxy.holdRequests();
    const a = out.send('activity:respond', answer(options[0]!));
    await waitFor(() => out.sends(a.opId) >= 1, 5000, 'A on the wire');
    proxy.cut();
    await waitFor(() => !p.socket.connected, 5000, 'the line down');
    const b = out.send('activity:respond', answer(options[1]!));
    const [ackA, ackB] = await Promise.all([a.reply, b.reply]);
    expect(ackA).toMatchObject({ ok: true });
    expect(ackB).toEqual({ ok: true, data: { answer: { choices: [options[1]], other: '' } } });
    expect((await sync(p)).mine[pollId]).toEqual({ choices: [options[1]], other: '' });
  });

  it('stores a list add once when the server restarts between the first send and the retry', async () => {
    const { room, f, proxy, out } = await lossyRoom();
    proxy.holdReplies();
    const { opId, reply } = out.send('activity:command', add(room.listId, 'Vård nära'));
    await waitFor(async () => (await count(f, room.listId)) === 2, 10_000, 'the add to be applied');
    // Stored, its ack never sent on: the server goes down, and comes back on the same file.
    proxy.cut();
    await h.closeApp(room.app);
    const { app } = await h.start({ dataDir: room.dataDir });
    proxy.retarget(portOf(app.url));
    const ack = await reply;
    expect(out.sends(opId)).toBeGreaterThanOrEqual(2);
    const f2 = await h.socket(app.url, room.workshop.id, 'facilitator', room.facilitator);
    const items = itemsOf(await sync(f2), room.listId);
    expect(items).toHaveLength(2);
    expect(ack).toEqual({ ok: true, data: { priorityId: items[1]!.id } });
  });

  it('gives up after its last attempt, having stored the action once however often it went out', async () => {
    const { room, f, p, proxy } = await lossyRoom();
    const out = outboxClient(p, { timeoutMs: 300, attempts: 3 });
    proxy.holdReplies();
    const { opId, reply } = out.send('activity:command', add(room.listId, 'Aldrig besvarad'));
    expect(await reply).toBe('lost');
    expect(out.sends(opId)).toBe(3);
    proxy.release();
    expect(await count(f, room.listId)).toBe(2);
  });
});
