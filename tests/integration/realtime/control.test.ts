import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTROL_ACTIONS, type ControlAction } from '../../../shared/domain/control.ts';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import {
  activityIn,
  addActivity,
  addItemAck,
  castOk,
  control,
  controlAck,
  mineIn,
  openVote,
  sync,
  tallyOf,
} from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { dbFileOf } from '../helpers/server.ts';
import { ack, mineOf, okData, type TestSocket } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

/** A step of the walk: a control action, or `away`: another activity made live. */
type Step = ControlAction | 'away';

const keyOf = (a: ActivitySummary, live: boolean) =>
  `${a.status} locked=${a.locked} revealed=${a.revealed} live=${live}`;

function responseCount(room: Room, activityId: string): number {
  const db = new Database(dbFileOf(room.dataDir), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare<[string], { n: number }>('SELECT count(*) AS n FROM responses WHERE activity_id = ?')
      .get(activityId)!.n;
  } finally {
    db.close();
  }
}

describe('realtime activity:control', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  /**
   * Walks every state an activity of `type` can reach by control actions. In each state it checks
   * that the actions offered to facilitators (snapshot and `activity:actions`) are exactly the ones
   * the server accepts: each action not offered is refused with WRONG_PHASE and changes nothing;
   * each one offered is accepted (tried on a fresh activity brought to the same state).
   */
  async function walk(f: TestSocket, type: 'list' | 'dots', away: string): Promise<Set<string>> {
    const seen = new Set<string>();
    const queue: Step[][] = [[]];
    const reach = async (path: Step[]) => {
      const id = await addActivity(f, type);
      for (const step of path) await control(f, step === 'away' ? away : id, step === 'away' ? 'live' : step);
      return id;
    };
    const stateOf = async (id: string) => {
      const snap = await sync(f);
      return {
        key: keyOf(activityIn(snap, id), snap.state.liveActivityId === id),
        offered: snap.actions[id] ?? [],
      };
    };
    while (queue.length > 0) {
      const path = queue.shift()!;
      const id = await reach(path);
      const { key, offered } = await stateOf(id);
      if (seen.has(key)) {
        okData(await ack(f, 'agenda:delete', { activityId: id }));
        continue;
      }
      seen.add(key);
      // The pushed actions say the same as the snapshot.
      await waitFor(
        () => JSON.stringify(f.actions.at(-1)?.[id]) === JSON.stringify(offered),
        5000,
        `activity:actions for ${key}`,
      );
      for (const action of CONTROL_ACTIONS.filter((a) => !offered.includes(a))) {
        expect(await controlAck(f, id, action), `${action} in ${key}`).toEqual({
          ok: false,
          error: { code: 'WRONG_PHASE' },
        });
        expect((await stateOf(id)).key, `${action} in ${key} changed nothing`).toBe(key);
      }
      okData(await ack(f, 'agenda:delete', { activityId: id }));
      for (const action of offered) {
        const fresh = await reach(path);
        expect(await controlAck(f, fresh, action), `${action} in ${key}`).toEqual({ ok: true, data: null });
        okData(await ack(f, 'agenda:delete', { activityId: fresh }));
        queue.push([...path, action]);
      }
      if (key.endsWith('live=true')) queue.push([...path, 'away']);
    }
    return seen;
  }

  /** Every combination but a live draft: making a draft live opens it. */
  function expectedStates(flag: 'locked' | 'revealed'): string[] {
    const out: string[] = [];
    for (const status of ['draft', 'open', 'closed'])
      for (const on of [false, true])
        for (const live of [false, true])
          if (!(status === 'draft' && live))
            out.push(
              keyOf(
                {
                  status,
                  locked: flag === 'locked' && on,
                  revealed: flag === 'revealed' && on,
                } as ActivitySummary,
                live,
              ),
            );
    return out.sort();
  }

  it('offers a list facilitator exactly the control actions the server accepts, in every state', {
    timeout: 60_000,
  }, async () => {
    const room = await openRoom(h, []);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);

    const seen = await walk(f, 'list', room.listId);

    expect([...seen].sort()).toEqual(expectedStates('locked'));
  });

  it('offers a dot voting facilitator exactly the control actions the server accepts, in every state', {
    timeout: 60_000,
  }, async () => {
    const room = await openRoom(h, []);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    // The walk's dot votings vote on a list of their own, so the room's list stays where it is.
    await addActivity(f, 'list');

    const seen = await walk(f, 'dots', room.listId);

    expect([...seen].sort()).toEqual(expectedStates('revealed'));
  });

  it('closes the source list when a dot voting is opened', async () => {
    const room = await openRoom(h, ['Ett'], ['public']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const other = await addActivity(f, 'list');
    await control(f, other, 'open');

    await control(f, room.dotsId, 'open');

    const snap = await sync(p);
    expect(activityIn(snap, room.listId).status).toBe('closed');
    expect(activityIn(snap, room.dotsId).status).toBe('open');
    // A list it does not vote on stays open.
    expect(activityIn(snap, other).status).toBe('open');
    expect(await addItemAck(p, room.listId, 'Under röstningen')).toEqual({
      ok: false,
      error: { code: 'WRONG_PHASE' },
    });
  });

  it('closes the source list when a draft dot voting is made live (which opens it)', async () => {
    const room = await openRoom(h, ['Ett'], ['public']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);

    await control(f, room.dotsId, 'live');

    const snap = await sync(p);
    expect(activityIn(snap, room.dotsId).status).toBe('open');
    expect(activityIn(snap, room.listId).status).toBe('closed');
    expect(await addItemAck(p, room.listId, 'Under röstningen')).toEqual({
      ok: false,
      error: { code: 'WRONG_PHASE' },
    });
  });

  it('deletes every response and pushes an empty allocation when a dot voting is reset', async () => {
    const room = await openRoom(h, ['Ett', 'Två'], ['public', 'civil']);
    const [a, b] = room.items as [string, string];
    const dots = room.dotsId;
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [p1, p2] = await Promise.all(
      room.participants.map((x) => h.socket(room.url, room.workshop.id, 'participant', x.cookie)),
    );
    await openVote(f, dots, { dotsPerParticipant: 5, maxPerPriority: 3 });
    await castOk(p1!, dots, { [a]: 3 });
    await castOk(p2!, dots, { [a]: 1, [b]: 2 });
    expect(responseCount(room, dots)).toBe(3);

    await control(f, dots, 'reset');

    expect(responseCount(room, dots)).toBe(0);
    for (const p of [p1!, p2!]) {
      expect(await waitFor(() => mineOf(p, dots).at(-1), 5000, 'activity:mine after the reset')).toEqual({});
      expect(mineIn(await sync(p), dots)).toEqual({});
    }
    const snap = await sync(f);
    expect(tallyOf(snap, dots)).toMatchObject({ totalDots: 0, voters: 0, byPriority: {} });
    // Nothing else changed: still open, same rules, and the full budget is there to spend again.
    expect(activityIn(snap, dots)).toMatchObject({
      status: 'open',
      config: { dotsPerParticipant: 5, maxPerPriority: 3 },
    });
    expect(await castOk(p1!, dots, { [a]: 3, [b]: 2 })).toEqual({ [a]: 3, [b]: 2 });
    // And the rules may change now without a reset.
    await control(f, dots, 'reset');
    const config = { sourceActivityId: room.listId, dotsPerParticipant: 3, maxPerPriority: 1 };
    okData(await ack(f, 'agenda:update', { activityId: dots, config }));
  });
});
