import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, moduleOf } from '../../server/activities/index.ts';
import { COMMANDS } from '../../server/realtime/commands.ts';
import type { Ack } from '../../shared/protocol/errors.ts';
import type { Role } from '../../shared/protocol/events.ts';
import { addActivity } from '../integration/helpers/agenda.ts';
import { Harness } from '../integration/helpers/harness.ts';
import { connectError, rawAck, type TestSocket } from '../integration/helpers/sockets.ts';
import {
  COMMAND_ROWS,
  CONNECTED,
  type Connected,
  CROSS_WORKSHOP_ROWS,
  EVENT_ROWS,
  type EventRow,
  HANDSHAKE,
  type SocketOutcome,
} from './accessSocket.ts';
import { ACTORS, buildWorld, type World } from './world.ts';

/** Refusals that mean "not you": an `allowed` cell must never get one of these. */
const ACCESS_REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED', 'INTERNAL']);

const outcomeOf = (reply: Ack<unknown>, expected: SocketOutcome): string => {
  if (reply.ok) return 'allowed';
  if (expected === 'allowed' && !ACCESS_REFUSALS.has(reply.error.code)) return 'allowed';
  return reply.error.code;
};

/**
 * One event with its ack. The matrix sends many events from one participant, faster than the
 * per-person token bucket refills (realtime/eventLimits.ts): a RATE_LIMITED answer is waited
 * out and sent again, so it never stands in for the cell's answer.
 */
async function send(t: TestSocket, event: string, payload: unknown): Promise<Ack<unknown>> {
  for (;;) {
    const reply = await rawAck(t, event, payload);
    if (reply.ok || reply.error.code !== 'RATE_LIMITED') return reply;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

describe('abuse: the access matrix over Socket.IO', () => {
  const h = new Harness();
  let w: World;
  const sockets = {} as Record<Connected, TestSocket>;
  beforeAll(async () => {
    w = await buildWorld(h);
    for (const name of CONNECTED) {
      const actor = w.actors[name];
      sockets[name] = await h.socket(w.url, w.workshopA.id, actor.socketRole, actor.cookie);
    }
  }, 30_000);
  afterAll(() => h.cleanup());

  it('has a row for every client event and every activity command, and none for one that does not exist', () => {
    expect(EVENT_ROWS.map((r) => r.event).sort()).toEqual(Object.keys(COMMANDS).sort());
    const declared = ACTIVITY_TYPES.flatMap((type) => {
      const m = moduleOf(type);
      const names = Object.keys(m?.commands ?? {}).map((name) => `${type}.${name}`);
      return m?.response ? [...names, `${type}.respond`] : names;
    });
    expect(COMMAND_ROWS.map((r) => r.command).sort()).toEqual(declared.sort());
  });

  it('lets each actor connect to A only in the roles the matrix gives them', async () => {
    const got: Record<string, Record<string, string>> = {};
    for (const name of ACTORS) {
      got[name] = {};
      for (const role of ['participant', 'facilitator', 'projector'] as Role[]) {
        const cookie = w.actors[name].cookie;
        got[name][role] = await connectError(w.url, w.workshopA.id, role, cookie).catch(() => 'connected');
      }
    }
    expect(got).toEqual(HANDSHAKE);
  });

  const runRow = async (row: EventRow) => {
    const got: Record<string, string> = {};
    for (const name of CONNECTED) {
      const target = row.before === 'newPoll' ? await addActivity(sockets.ownerA, 'poll') : '';
      const reply = await send(sockets[name], row.event, row.payload(w, target));
      got[name] = outcomeOf(reply, row.expect[name]);
    }
    expect(got).toEqual(row.expect);
  };

  for (const row of EVENT_ROWS) it(`answers ${row.event} as the matrix says`, () => runRow(row));

  for (const row of CROSS_WORKSHOP_ROWS)
    it(`refuses ${row.event} on workshop B from every socket of A`, () => runRow(row));

  it('answers every activity command and response as the matrix says', async () => {
    const got: Record<string, Record<string, string>> = {};
    const want: Record<string, Record<string, string>> = {};
    for (const row of COMMAND_ROWS) {
      const [, name] = row.command.split('.') as [string, string];
      const activityId = w.activities[row.activity] as string;
      const cells: Record<string, string> = {};
      got[row.command] = cells;
      want[row.command] = row.expect;
      for (const actor of CONNECTED) {
        const reply =
          name === 'respond'
            ? await send(sockets[actor], 'activity:respond', { activityId, value: row.payload(w) })
            : await send(sockets[actor], 'activity:command', { activityId, name, payload: row.payload(w) });
        cells[actor] = outcomeOf(reply, row.expect[actor]);
      }
    }
    expect(got).toEqual(want);
  }, 60_000);
});
