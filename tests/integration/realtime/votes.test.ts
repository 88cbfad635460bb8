import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { Harness, openRoom, priorityIds, type Room } from '../helpers/harness.ts';
import { dbFileOf } from '../helpers/server.ts';
import { ack, okData, type TestSocket } from '../helpers/sockets.ts';

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

  it('answers UNKNOWN_PRIORITY when dots go to a hidden priority', async () => {
    const { f, p, ids } = await votingRoom();
    const [a] = ids as [string];
    okData(await ack(f, 'priority:hide', { priorityId: a, hidden: true }));

    expect(await ack(p, 'vote:cast', { allocation: { [a]: 1 } })).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_PRIORITY' },
    });
  });

  it('keeps the first rules when a vote that holds dots is reopened with others', async () => {
    const { f, p, ids } = await votingRoom();
    okData(await ack(p, 'vote:cast', { allocation: { [ids[0]!]: 3, [ids[1]!]: 2 } }));
    okData(await ack(f, 'vote:close', {}));

    okData(await ack(f, 'vote:open', { dotsPerParticipant: 2, maxPerPriority: 1 }));

    const snapshot = okData(await ack(p, 'workshop:sync', {}));
    expect(snapshot.state.vote).toEqual({ dotsPerParticipant: 5, maxPerPriority: 3 });
    expect(snapshot.allocation).toEqual({ [ids[0]!]: 3, [ids[1]!]: 2 });
  });
});
