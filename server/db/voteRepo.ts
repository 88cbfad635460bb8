import type { Sector } from '../../shared/domain/sectors.ts';
import type { Ballot } from '../../shared/domain/tally.ts';
import type { Allocation } from '../../shared/domain/workshop.ts';
import type { Db } from './openDb.ts';

export function createVoteRepo(db: Db) {
  const clear = db.prepare('DELETE FROM votes WHERE workshop_id = ? AND participant_id = ?');
  const insert = db.prepare(
    'INSERT INTO votes (workshop_id, participant_id, priority_id, dots) VALUES (?, ?, ?, ?)',
  );
  const mine = db.prepare<[string, string], { priority_id: string; dots: number }>(
    'SELECT priority_id, dots FROM votes WHERE workshop_id = ? AND participant_id = ?',
  );
  const all = db.prepare<
    [string],
    { participant_id: string; sector: Sector; priority_id: string; dots: number }
  >(
    `SELECT v.participant_id, p.sector, v.priority_id, v.dots FROM votes v
     JOIN participants p ON p.id = v.participant_id WHERE v.workshop_id = ?`,
  );
  const move = db.prepare(
    `INSERT INTO votes (workshop_id, participant_id, priority_id, dots)
       SELECT workshop_id, participant_id, ?, dots FROM votes WHERE workshop_id = ? AND priority_id = ?
     ON CONFLICT (workshop_id, participant_id, priority_id) DO UPDATE SET dots = dots + excluded.dots`,
  );
  const drop = db.prepare('DELETE FROM votes WHERE workshop_id = ? AND priority_id = ?');
  const dropAll = db.prepare('DELETE FROM votes WHERE workshop_id = ?');
  const any = db.prepare<[string], { one: number }>(
    'SELECT 1 AS one FROM votes WHERE workshop_id = ? LIMIT 1',
  );
  const holders = db.prepare<[string, string], { participant_id: string }>(
    'SELECT participant_id FROM votes WHERE workshop_id = ? AND priority_id = ?',
  );
  const replace = db.transaction((workshopId: string, participantId: string, allocation: Allocation) => {
    clear.run(workshopId, participantId);
    for (const [priorityId, dots] of Object.entries(allocation)) {
      if (dots > 0) insert.run(workshopId, participantId, priorityId, dots);
    }
  });

  return {
    /** Replaces a participant's whole allocation atomically: a retry can never double it. */
    replace(workshopId: string, participantId: string, allocation: Allocation): void {
      replace(workshopId, participantId, allocation);
    },
    allocationOf(workshopId: string, participantId: string): Allocation {
      const out: Allocation = {};
      for (const row of mine.all(workshopId, participantId)) out[row.priority_id] = row.dots;
      return out;
    },
    ballots(workshopId: string): Ballot[] {
      const byParticipant = new Map<string, Ballot>();
      for (const row of all.all(workshopId)) {
        let ballot = byParticipant.get(row.participant_id);
        if (!ballot) {
          ballot = { sector: row.sector, allocation: {} };
          byParticipant.set(row.participant_id, ballot);
        }
        ballot.allocation[row.priority_id] = row.dots;
      }
      return [...byParticipant.values()];
    },
    /** Moves dots from a merged priority to the one it joined (call inside a transaction). */
    moveDots(workshopId: string, fromId: string, toId: string): void {
      move.run(toId, workshopId, fromId);
      drop.run(workshopId, fromId);
    },
    /** Whether any dot is stored in the workshop, on any priority. */
    hasDots(workshopId: string): boolean {
      return any.get(workshopId) !== undefined;
    },
    /** Participants with dots on a priority. */
    holdersOf(workshopId: string, priorityId: string): string[] {
      return holders.all(workshopId, priorityId).map((r) => r.participant_id);
    },
    /** Deletes every dot of the workshop (call inside a transaction with what it belongs to). */
    clear(workshopId: string): void {
      dropAll.run(workshopId);
    },
  };
}

export type VoteRepo = ReturnType<typeof createVoteRepo>;
