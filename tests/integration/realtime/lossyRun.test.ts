import { afterEach, describe, expect, it } from 'vitest';
import { itemsOf, sync } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { type LossyProxy, lossyProxy } from '../helpers/lossyProxy.ts';
import { outboxClient, seeded } from '../helpers/outbox.ts';
import { rawAck } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

type Fault = 'none' | 'lostAck' | 'lateAck' | 'lostRequest';
const ACTIONS = 12;
const SEEDS = [1, 2, 3];

function faultOf(r: number): Fault {
  if (r < 0.25) return 'none';
  if (r < 0.5) return 'lostAck';
  if (r < 0.75) return 'lateAck';
  return 'lostRequest';
}

describe('a participant on a lossy line, seeded', () => {
  const h = new Harness();
  const proxies: LossyProxy[] = [];
  afterEach(async () => {
    await h.cleanup();
    for (const p of proxies.splice(0)) await p.close();
  });

  it.each(SEEDS)(
    'seed %i: stores every action exactly once when acks are lost, late, or requests lost',
    async (seed) => {
      const random = seeded(seed);
      const room = await openRoom(h, ['Ett'], ['public']);
      const proxy = await lossyProxy(Number(new URL(room.url).port));
      proxies.push(proxy);
      const cookie = room.participants[0]!.cookie;
      const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
      // The same participant in a second tab on a good line: to see what the server holds.
      const direct = await h.socket(room.url, room.workshop.id, 'participant', cookie);
      const p = await h.socket(proxy.url, room.workshop.id, 'participant', cookie);
      const out = outboxClient(p, { timeoutMs: 800, random: seeded(seed + 100) });
      const made = (await rawAck(f, 'agenda:add', { type: 'poll' })) as {
        ok: true;
        data: { activityId: string };
      };
      const pollId = made.data.activityId;
      expect((await rawAck(f, 'activity:control', { activityId: pollId, action: 'open' })).ok).toBe(true);
      const config = (await sync(f)).state.agenda.find((a) => a.id === pollId)?.config as {
        options: Array<{ id: string }>;
      };
      const options = config.options.map((o) => o.id);

      const faults: Record<Fault, number> = { none: 0, lostAck: 0, lateAck: 0, lostRequest: 0 };
      let adds = 0;
      let lastAnswer: unknown = null;
      let sends = 0;
      for (let i = 0; i < ACTIONS; i++) {
        const fault = faultOf(random());
        faults[fault] += 1;
        const isAdd = i % 2 === 0;
        const before = itemsOf(await sync(f), room.listId).length;
        const answer = { choices: [options[Math.floor(i / 2) % 2] ?? ''], other: '' };
        const applied = async () =>
          isAdd
            ? itemsOf(await sync(f), room.listId).length > before
            : JSON.stringify((await sync(direct)).mine[pollId]) === JSON.stringify(answer);
        if (fault === 'lostAck' || fault === 'lateAck') proxy.holdReplies();
        if (fault === 'lostRequest') proxy.holdRequests();
        const { opId, reply } = isAdd
          ? out.send('activity:command', {
              activityId: room.listId,
              name: 'add',
              payload: { text: `Punkt ${i}` },
            })
          : out.send('activity:respond', { activityId: pollId, value: answer });
        if (fault === 'lostAck') {
          await waitFor(applied, 10_000, 'the action applied');
          proxy.cut();
        } else if (fault === 'lateAck') {
          await waitFor(() => out.sends(opId) >= 2, 15_000, 'a resend after the timeout');
          proxy.release();
        } else if (fault === 'lostRequest') {
          await waitFor(() => out.sends(opId) >= 1, 10_000, 'the request on the wire');
          proxy.cut();
        }
        const ack = await reply;
        expect(ack, `action ${i} (${fault})`).toMatchObject({ ok: true });
        sends += out.sends(opId);
        if (isAdd) adds += 1;
        else lastAnswer = answer;
      }

      const stored = itemsOf(await sync(f), room.listId).map((item) => item.id);
      expect(stored).toHaveLength(1 + adds);
      expect(new Set(stored).size).toBe(stored.length);
      expect((await sync(direct)).mine[pollId]).toEqual(lastAnswer);
      console.info(
        JSON.stringify({ seed, actions: ACTIONS, ...faults, sends, itemsAdded: stored.length - 1, adds }),
      );
    },
    40_000,
  );
});
