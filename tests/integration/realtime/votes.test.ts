import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Allocation } from '../../../shared/activities/dots/types.ts';
import {
  activityIn,
  cast,
  castOk,
  closeVote,
  hideItem,
  mergeItems,
  mineIn,
  openVote,
  setRules,
  sync,
  tallyOf,
} from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { phoneOn } from '../helpers/phone.ts';
import { dbFileOf } from '../helpers/server.ts';
import { mineOf, okData, type TestSocket } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

const RULES = { dotsPerParticipant: 5, maxPerPriority: 3 };

describe('realtime/activity:respond on dot voting', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function votingRoom(): Promise<{
    room: Room;
    f: TestSocket;
    p: TestSocket;
    ids: string[];
    dots: string;
  }> {
    const room = await openRoom(h, ['Ett', 'Två', 'Tre'], ['public']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    await openVote(f, room.dotsId, RULES);
    return { room, f, p, ids: room.items, dots: room.dotsId };
  }

  /** The stored responses of the dot voting, straight from the database. */
  function voteRows(room: Room): Array<{ priority_id: string; dots: number }> {
    const db = new Database(dbFileOf(room.dataDir), { readonly: true, fileMustExist: true });
    try {
      return db
        .prepare<[string], { priority_id: string; dots: number }>(
          `SELECT key AS priority_id, CAST(value AS INTEGER) AS dots FROM responses
           WHERE activity_id = ? ORDER BY CAST(value AS INTEGER)`,
        )
        .all(room.dotsId);
    } finally {
      db.close();
    }
  }

  it('answers the budget errors when an allocation breaks the rules', async () => {
    const { f, p, ids, dots } = await votingRoom();
    const [a, b, c] = ids as [string, string, string];

    expect(await cast(p, dots, { [a]: 3, [b]: 2, [c]: 1 })).toEqual({
      ok: false,
      error: { code: 'BUDGET_EXCEEDED' },
    });
    expect(await cast(p, dots, { [a]: 4 })).toEqual({ ok: false, error: { code: 'MAX_PER_PRIORITY' } });
    expect(await cast(p, dots, { 'unknown-priority': 1 })).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_PRIORITY' },
    });
    expect(tallyOf(await sync(f), dots)?.totalDots).toBe(0);
  });

  it('stores the normalised allocation when it is within budget', async () => {
    const { room, f, p, ids, dots } = await votingRoom();
    const [a, b, c] = ids as [string, string, string];

    const reply = await cast(p, dots, { [a]: 3, [b]: 2, [c]: 0 });

    expect(reply).toEqual({ ok: true, data: { allocation: { [a]: 3, [b]: 2 } } });
    expect(mineIn(await sync(p), dots)).toEqual({ [a]: 3, [b]: 2 });
    expect(tallyOf(await sync(f), dots)?.totalDots).toBe(5);
    expect(voteRows(room)).toEqual([
      { priority_id: b, dots: 2 },
      { priority_id: a, dots: 3 },
    ]);
  });

  it('answers VOTING_CLOSED when the dot voting has not opened or has closed', async () => {
    const room = await openRoom(h, ['Ett'], ['public']);
    const [a] = room.items as [string];
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const closed = { ok: false, error: { code: 'VOTING_CLOSED' } };

    // A draft is not even there for a participant.
    expect(await cast(p, room.dotsId, { [a]: 1 })).toEqual({ ok: false, error: { code: 'NOT_FOUND' } });
    await openVote(f, room.dotsId, { dotsPerParticipant: 3, maxPerPriority: 3 });
    okData(await cast(p, room.dotsId, { [a]: 2 }));
    await closeVote(f, room.dotsId);
    expect(await cast(p, room.dotsId, { [a]: 3 })).toEqual(closed);

    expect(tallyOf(await sync(f), room.dotsId)?.totalDots).toBe(2);
    expect(voteRows(room)).toEqual([{ priority_id: a, dots: 2 }]);
  });

  it('does not double the dots when the same allocation is cast twice', async () => {
    const { room, f, p, ids, dots } = await votingRoom();
    const [a, b] = ids as [string, string];
    const allocation = { [a]: 2, [b]: 1 };

    await castOk(p, dots, allocation);
    await castOk(p, dots, allocation);
    // A second tab of the same participant retrying as well.
    const tab = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    await castOk(tab, dots, allocation);

    const tally = tallyOf(await sync(f), dots);
    expect(tally?.totalDots).toBe(3);
    expect(tally?.voters).toBe(1);
    expect(tally?.byPriority[a]?.total).toBe(2);
    expect(voteRows(room)).toEqual([
      { priority_id: b, dots: 1 },
      { priority_id: a, dots: 2 },
    ]);
  });

  it('answers UNKNOWN_PRIORITY when dots go to a merged-away priority', async () => {
    const room = await openRoom(h, ['Ett', 'Två'], ['public']);
    const [a, b] = room.items as [string, string];
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    await mergeItems(f, room.listId, b, a);
    await openVote(f, room.dotsId, RULES);

    expect(await cast(p, room.dotsId, { [a]: 1, [b]: 1 })).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_PRIORITY' },
    });
  });

  it('keeps accepting casts and keeps the hidden dots when a priority holding dots is hidden', async () => {
    const { room, f, p, ids, dots } = await votingRoom();
    const [a, b, c] = ids as [string, string, string];
    await castOk(p, dots, { [a]: 3, [b]: 1 });
    await hideItem(f, room.listId, a, true);

    // A phone that still holds the hidden entry sends it with its next tap.
    expect(await cast(p, dots, { [a]: 3, [b]: 1, [c]: 1 })).toEqual({
      ok: true,
      data: { allocation: { [a]: 3, [b]: 1, [c]: 1 } },
    });
    // The hidden dots are given back to spend: five visible dots fit the budget of five.
    expect(await cast(p, dots, { [b]: 3, [c]: 2 })).toEqual({
      ok: true,
      data: { allocation: { [a]: 3, [b]: 3, [c]: 2 } },
    });
    // A changed value for the hidden priority is ignored, not stored.
    expect(await cast(p, dots, { [a]: 1, [b]: 3, [c]: 2 })).toEqual({
      ok: true,
      data: { allocation: { [a]: 3, [b]: 3, [c]: 2 } },
    });

    const tally = tallyOf(await sync(f), dots);
    expect(tally?.totalDots).toBe(5);
    expect(Object.keys(tally?.byPriority ?? {}).sort()).toEqual([b, c].sort());
    expect(Object.fromEntries(voteRows(room).map((r) => [r.priority_id, r.dots]))).toEqual({
      [a]: 3,
      [b]: 3,
      [c]: 2,
    });
  });

  it('counts the stored dots again and lets the participant only shrink the excess when shown again', async () => {
    const { room, f, p, ids, dots } = await votingRoom();
    const [a, b, c] = ids as [string, string, string];
    await castOk(p, dots, { [a]: 3, [b]: 1 });
    await hideItem(f, room.listId, a, true);
    await castOk(p, dots, { [b]: 3, [c]: 2 });

    await hideItem(f, room.listId, a, false);

    expect(tallyOf(await sync(f), dots)?.totalDots).toBe(8);
    const over = { ok: false, error: { code: 'BUDGET_EXCEEDED' } };
    expect(await cast(p, dots, { [a]: 3, [b]: 3, [c]: 3 })).toEqual(over);
    await castOk(p, dots, { [a]: 3, [b]: 3, [c]: 1 });
    expect(await cast(p, dots, { [a]: 3, [b]: 3, [c]: 2 })).toEqual(over);
    expect(await cast(p, dots, { [a]: 2, [b]: 3, [c]: 2 })).toEqual({
      ok: true,
      data: { allocation: { [a]: 2, [b]: 3, [c]: 2 } },
    });
  });

  it('answers VOTE_RULES_LOCKED and changes nothing when rules change while dots are stored', async () => {
    const { f, p, ids, dots } = await votingRoom();
    await castOk(p, dots, { [ids[0]!]: 3, [ids[1]!]: 2 });
    await closeVote(f, dots);

    expect(await setRules(f, dots, { dotsPerParticipant: 2, maxPerPriority: 1 })).toEqual({
      ok: false,
      error: { code: 'VOTE_RULES_LOCKED' },
    });
    // While open, too.
    await openVote(f, dots);
    expect(await setRules(f, dots, { dotsPerParticipant: 5, maxPerPriority: 2 })).toEqual({
      ok: false,
      error: { code: 'VOTE_RULES_LOCKED' },
    });

    const snapshot = await sync(p);
    expect(activityIn(snapshot, dots)).toMatchObject({ status: 'open', config: RULES });
    expect(mineIn(snapshot, dots)).toEqual({ [ids[0]!]: 3, [ids[1]!]: 2 });
  });

  it('reopens with the stored dots when a closed dot voting is opened again with the same rules', async () => {
    const { f, p, ids, dots } = await votingRoom();
    await castOk(p, dots, { [ids[0]!]: 3 });
    await closeVote(f, dots);

    // The same rules are no change: accepted without a reset.
    okData(await setRules(f, dots, RULES));
    await openVote(f, dots);

    const snapshot = await sync(p);
    expect(activityIn(snapshot, dots).status).toBe('open');
    expect(mineIn(snapshot, dots)).toEqual({ [ids[0]!]: 3 });
  });

  it('deletes every dot and applies the new rules when the facilitator changes rules with resetResponses', async () => {
    const room = await openRoom(h, ['Ett', 'Två'], ['public', 'civil']);
    const [a, b] = room.items as [string, string];
    const dots = room.dotsId;
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [p1, p2] = await Promise.all(
      room.participants.map((x) => h.socket(room.url, room.workshop.id, 'participant', x.cookie)),
    );
    await openVote(f, dots, RULES);
    await castOk(p1!, dots, { [a]: 3 });
    await castOk(p2!, dots, { [b]: 2 });
    await hideItem(f, room.listId, b, true);
    await closeVote(f, dots);

    okData(await setRules(f, dots, { dotsPerParticipant: 3, maxPerPriority: 1 }, true));
    await openVote(f, dots);

    expect(voteRows(room)).toEqual([]);
    const snapshot = await sync(p1!);
    expect(activityIn(snapshot, dots)).toMatchObject({
      status: 'open',
      config: { dotsPerParticipant: 3, maxPerPriority: 1, sourceActivityId: room.listId },
    });
    expect(mineIn(snapshot, dots)).toEqual({});
    expect(await waitFor(() => mineOf(p2!, dots).at(-1), 5000, 'activity:mine after the reset')).toEqual({});
    expect(tallyOf(await sync(f), dots)?.totalDots).toBe(0);
    expect(await castOk(p1!, dots, { [a]: 1 })).toEqual({ [a]: 1 });
  });

  it("sends activity:mine to the participant's other tabs but never to the socket that cast", async () => {
    const { room, p, ids, dots } = await votingRoom();
    const tab = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);

    await castOk(p, dots, { [ids[0]!]: 1 });

    await waitFor(() => mineOf(tab, dots).length === 1, 5000, 'activity:mine at the other tab');
    expect(tab.mine).toEqual([{ activityId: dots, value: { [ids[0]!]: 1 } }]);
    // The server sends activity:mine before the ack, so anything meant for the sender has arrived.
    expect(p.mine).toEqual([]);
  });

  it('stores every tap when a phone sends taps before the earlier acks have come back', async () => {
    const { p, ids, dots } = await votingRoom();
    const [a, b, c] = ids as [string, string, string];
    const phone = phoneOn(p, await sync(p), dots);

    // a and b leave back to back; c is tapped the moment a's ack is in, while b's is not yet.
    const done = new Promise<void>((resolve) => {
      phone.tap(a, () => phone.tap(c, resolve));
      phone.tap(b);
    });
    await done;

    const stored: Allocation = { [a]: 1, [b]: 1, [c]: 1 };
    expect(mineIn(await sync(p), dots)).toEqual(stored);
    await waitFor(() => Object.keys(phone.allocation()).length === 3, 5000, 'every ack at the phone');
    expect(phone.allocation()).toEqual(stored);
  });
});
