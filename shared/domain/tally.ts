import { emptyBySector, type Sector } from './sectors.ts';
import type { Allocation, Tally } from './workshop.ts';

export interface Ballot {
  sector: Sector;
  allocation: Allocation;
}

/** Sums ballots into totals per priority and per sector; ballots with no dots are not voters. */
export function tally(ballots: readonly Ballot[]): Tally {
  const result: Tally = { totalDots: 0, voters: 0, votersBySector: emptyBySector(), byPriority: {} };
  for (const { sector, allocation } of ballots) {
    let placed = 0;
    for (const [priorityId, dots] of Object.entries(allocation)) {
      if (dots <= 0) continue;
      let row = result.byPriority[priorityId];
      if (!row) {
        row = { total: 0, bySector: emptyBySector() };
        result.byPriority[priorityId] = row;
      }
      row.total += dots;
      row.bySector[sector] += dots;
      placed += dots;
    }
    if (placed > 0) {
      result.voters += 1;
      result.votersBySector[sector] += 1;
      result.totalDots += placed;
    }
  }
  return result;
}
