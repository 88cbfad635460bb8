import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Allocation } from '../../../shared/domain/workshop.ts';
import { Harness, openRoom, priorityIds, type Room } from '../helpers/harness.ts';
import { phoneOn } from '../helpers/phone.ts';
import { dbFileOf } from '../helpers/server.ts';
import { ack, okData, type TestSocket } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('realtime/vote:cast', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function votingRoom(): Promise<{ room: Room; f: TestSocket; p: TestSocket; ids: string[] }> {
    const room = await openRoom(h, ['Ett', 'Två', 'Tre'], ['public']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    okData(await ack(f, 'vote:open', { dotsPerParticipant: 5, maxPerPriority: 3 }));
    return { room, f, p, ids: priorityIds(room) };
  }

  function voteRows(room: Room): Array<{ priority_id: string; dots: number }> {
    const db = new Database(dbFileOf(room.dataDir), { readonly: true, fileMustExist: true });
    try {
      return db
        .prepare<[string], { priority_id: string; dots: number }>(
          'SELECT priority_id, dots FROM votes WHERE workshop_id = ? ORDER BY dots',
        )
        .all(room.workshop.id);
    } finally {
      db.close();
    }
  }

  it('answers the budget errors when an allocation breaks the rules', async () => {
    const { f, p, ids } = await votingRoom();
    const [a, b, c] = ids as [string, string, string];

    expect(await ack(p, 'vote:cast', { allocation: { [a]: 3, [b]: 2, [c]: 1 } })).toEqual({
      ok: false,
      error: { code: 'BUDGET_EXCEEDED' },
    });
    expect(await ack(p, 'vote:cast', { allocation: { [a]: 4 } })).toEqual({
      ok: false,
      error: { code: 'MAX_PER_PRIORITY' },
    });
    expect(await ack(p, 'vote:cast', { allocation: { 'unknown-priority': 1 } })).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_PRIORITY' },
    });
    expect(okData(await ack(f, 'workshop:sync', {})).tally?.totalDots).toBe(0);
  });

  it('stores the normalised allocation when it is within budget', async () => {
    const { room, f, p, ids } = await votingRoom();
    const [a, b, c] = ids as [string, string, string];

    const reply = await ack(p, 'vote:cast', { allocation: { [a]: 3, [b]: 2, [c]: 0 } });

    expect(reply).toEqual({ ok: true, data: { allocation: { [a]: 3, [b]: 2 } } });
    expect(okData(await ack(p, 'workshop:sync', {})).allocation).toEqual({ [a]: 3, [b]: 2 });
    expect(okData(await ack(f, 'workshop:sync', {})).tally?.totalDots).toBe(5);
    expect(voteRows(room)).toEqual([
      { priority_id: b, dots: 2 },
      { priority_id: a, dots: 3 },
    ]);
  });

  it('answers VOTING_CLOSED when voting has not opened or has closed', async () => {
    const room = await openRoom(h, ['Ett'], ['public']);
    const [a] = priorityIds(room) as [string];
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const closed = { ok: false, error: { code: 'VOTING_CLOSED' } };

    expect(await ack(p, 'vote:cast', { allocation: { [a]: 1 } })).toEqual(closed);
    okData(await ack(f, 'vote:open', { dotsPerParticipant: 3, maxPerPriority: 3 }));
    okData(await ack(p, 'vote:cast', { allocation: { [a]: 2 } }));
    okData(await ack(f, 'vote:close', {}));
    expect(await ack(p, 'vote:cast', { allocation: { [a]: 3 } })).toEqual(closed);

    expect(okData(await ack(f, 'workshop:sync', {})).tally?.totalDots).toBe(2);
    expect(voteRows(room)).toEqual([{ priority_id: a, dots: 2 }]);
  });

  it('does not double the dots when the same allocation is cast twice', async () => {
    const { room, f, p, ids } = await votingRoom();
    const [a, b] = ids as [string, string];
    const allocation = { [a]: 2, [b]: 1 };

    okData(await ack(p, 'vote:cast', { allocation }));
    okData(await ack(p, 'vote:cast', { allocation }));
    // A second tab of the same participant retrying as well.
    const tab = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    okData(await ack(tab, 'vote:cast', { allocation }));

    const tally = okData(await ack(f, 'workshop:sync', {})).tally;
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
    const [a, b] = priorityIds(room) as [string, string];
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    okData(await ack(f, 'priority:merge', { sourceId: b, targetId: a }));
    okData(await ack(f, 'vote:open', { dotsPerParticipant: 5, maxPerPriority: 3 }));

    expect(await ack(p, 'vote:cast', { allocation: { [a]: 1, [b]: 1 } })).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_PRIORITY' },
    });
  });

  it('keeps accepting casts and keeps the hidden dots when a priority holding dots is hidden', async () => {
    const { room, f, p, ids } = await votingRoom();
    const [a, b, c] = ids as [string, string, string];
    okData(await ack(p, 'vote:cast', { allocation: { [a]: 3, [b]: 1 } }));
    okData(await ack(f, 'priority:hide', { priorityId: a, hidden: true }));

    // A phone that still holds the hidden entry sends it with its next tap.
    expect(await ack(p, 'vote:cast', { allocation: { [a]: 3, [b]: 1, [c]: 1 } })).toEqual({
      ok: true,
      data: { allocation: { [a]: 3, [b]: 1, [c]: 1 } },
    });
    // The hidden dots are given back to spend: five visible dots fit the budget of five.
    expect(await ack(p, 'vote:cast', { allocation: { [b]: 3, [c]: 2 } })).toEqual({
      ok: true,
      data: { allocation: { [a]: 3, [b]: 3, [c]: 2 } },
    });
    // A changed value for the hidden priority is ignored, not stored.
    expect(await ack(p, 'vote:cast', { allocation: { [a]: 1, [b]: 3, [c]: 2 } })).toEqual({
      ok: true,
      data: { allocation: { [a]: 3, [b]: 3, [c]: 2 } },
    });

    const tally = okData(await ack(f, 'workshop:sync', {})).tally;
    expect(tally?.totalDots).toBe(5);
    expect(Object.keys(tally?.byPriority ?? {}).sort()).toEqual([b, c].sort());
    expect(Object.fromEntries(voteRows(room).map((r) => [r.priority_id, r.dots]))).toEqual({
      [a]: 3,
      [b]: 3,
      [c]: 2,
    });
  });

  it('counts the stored dots again and lets the participant only shrink the excess when shown again', async () => {
    const { f, p, ids } = await votingRoom();
    const [a, b, c] = ids as [string, string, string];
    okData(await ack(p, 'vote:cast', { allocation: { [a]: 3, [b]: 1 } }));
    okData(await ack(f, 'priority:hide', { priorityId: a, hidden: true }));
    okData(await ack(p, 'vote:cast', { allocation: { [b]: 3, [c]: 2 } }));

    okData(await ack(f, 'priority:hide', { priorityId: a, hidden: false }));

    expect(okData(await ack(f, 'workshop:sync', {})).tally?.totalDots).toBe(8);
    const over = { ok: false, error: { code: 'BUDGET_EXCEEDED' } };
    expect(await ack(p, 'vote:cast', { allocation: { [a]: 3, [b]: 3, [c]: 3 } })).toEqual(over);
    okData(await ack(p, 'vote:cast', { allocation: { [a]: 3, [b]: 3, [c]: 1 } }));
    expect(await ack(p, 'vote:cast', { allocation: { [a]: 3, [b]: 3, [c]: 2 } })).toEqual(over);
    expect(await ack(p, 'vote:cast', { allocation: { [a]: 2, [b]: 3, [c]: 2 } })).toEqual({
      ok: true,
      data: { allocation: { [a]: 2, [b]: 3, [c]: 2 } },
    });
  });

  it('answers VOTE_RULES_LOCKED and changes nothing when a vote holding dots is reopened with other rules', async () => {
    const { f, p, ids } = await votingRoom();
    okData(await ack(p, 'vote:cast', { allocation: { [ids[0]!]: 3, [ids[1]!]: 2 } }));
    okData(await ack(f, 'vote:close', {}));

    expect(await ack(f, 'vote:open', { dotsPerParticipant: 2, maxPerPriority: 1 })).toEqual({
      ok: false,
      error: { code: 'VOTE_RULES_LOCKED' },
    });

    const snapshot = okData(await ack(p, 'workshop:sync', {}));
    expect(snapshot.state.phase).toBe('closed');
    expect(snapshot.state.vote).toEqual({ dotsPerParticipant: 5, maxPerPriority: 3 });
    expect(snapshot.allocation).toEqual({ [ids[0]!]: 3, [ids[1]!]: 2 });
  });

  it('reopens with the stored dots when a vote is reopened with the same rules', async () => {
    const { f, p, ids } = await votingRoom();
    okData(await ack(p, 'vote:cast', { allocation: { [ids[0]!]: 3 } }));
    okData(await ack(f, 'vote:close', {}));

    okData(await ack(f, 'vote:open', { dotsPerParticipant: 5, maxPerPriority: 3 }));

    const snapshot = okData(await ack(p, 'workshop:sync', {}));
    expect(snapshot.state.phase).toBe('voting');
    expect(snapshot.allocation).toEqual({ [ids[0]!]: 3 });
  });

  it('deletes every dot and opens with the new rules when the facilitator reopens with resetVotes', async () => {
    const room = await openRoom(h, ['Ett', 'Två'], ['public', 'civil']);
    const [a, b] = priorityIds(room) as [string, string];
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [p1, p2] = await Promise.all(
      room.participants.map((x) => h.socket(room.url, room.workshop.id, 'participant', x.cookie)),
    );
    const mine: Allocation[] = [];
    p2!.socket.on('vote:mine', (allocation) => mine.push(allocation));
    okData(await ack(f, 'vote:open', { dotsPerParticipant: 5, maxPerPriority: 3 }));
    okData(await ack(p1!, 'vote:cast', { allocation: { [a]: 3 } }));
    okData(await ack(p2!, 'vote:cast', { allocation: { [b]: 2 } }));
    okData(await ack(f, 'priority:hide', { priorityId: b, hidden: true }));
    okData(await ack(f, 'vote:close', {}));

    okData(await ack(f, 'vote:open', { dotsPerParticipant: 3, maxPerPriority: 1, resetVotes: true }));

    expect(voteRows(room)).toEqual([]);
    const snapshot = okData(await ack(p1!, 'workshop:sync', {}));
    expect(snapshot.state).toMatchObject({
      phase: 'voting',
      vote: { dotsPerParticipant: 3, maxPerPriority: 1 },
    });
    expect(snapshot.allocation).toEqual({});
    expect(await waitFor(() => mine.at(-1), 5000, 'vote:mine after the reset')).toEqual({});
    expect(okData(await ack(p1!, 'vote:cast', { allocation: { [a]: 1 } })).allocation).toEqual({ [a]: 1 });
  });

  it("sends vote:mine to the participant's other tabs but never to the socket that cast", async () => {
    const { room, p, ids } = await votingRoom();
    const tab = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const atSender: Allocation[] = [];
    const atTab: Allocation[] = [];
    p.socket.on('vote:mine', (allocation) => atSender.push(allocation));
    tab.socket.on('vote:mine', (allocation) => atTab.push(allocation));

    okData(await ack(p, 'vote:cast', { allocation: { [ids[0]!]: 1 } }));

    await waitFor(() => atTab.length === 1, 5000, 'vote:mine at the other tab');
    expect(atTab).toEqual([{ [ids[0]!]: 1 }]);
    // The server sends vote:mine before the ack, so anything meant for the sender has arrived.
    expect(atSender).toEqual([]);
  });

  it('stores every tap when a phone sends taps before the earlier acks have come back', async () => {
    const { p, ids } = await votingRoom();
    const [a, b, c] = ids as [string, string, string];
    const phone = phoneOn(p, okData(await ack(p, 'workshop:sync', {})));

    // a and b leave back to back; c is tapped the moment a's ack is in, while b's is not yet.
    const done = new Promise<void>((resolve) => {
      phone.tap(a, () => phone.tap(c, resolve));
      phone.tap(b);
    });
    await done;

    expect(okData(await ack(p, 'workshop:sync', {})).allocation).toEqual({ [a]: 1, [b]: 1, [c]: 1 });
  });
});
