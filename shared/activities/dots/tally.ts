import { emptyBySector, type Sector } from '../../domain/sectors.ts';
import type { Allocation, Tally } from './types.ts';

export interface Ballot {
  sector: Sector;
  allocation: Allocation;
}

/**
 * The one way dots are counted, for every screen and every export: only dots on `visible`
 * priorities count, and a voter is a participant with at least one counted dot.
 */
export function tally(ballots: readonly Ballot[], visible: ReadonlySet<string>): Tally {
  const result: Tally = { totalDots: 0, voters: 0, votersBySector: emptyBySector(), byPriority: {} };
  for (const { sector, allocation } of ballots) {
    let placed = 0;
    for (const [priorityId, dots] of Object.entries(allocation)) {
      if (dots <= 0 || !visible.has(priorityId)) continue;
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
