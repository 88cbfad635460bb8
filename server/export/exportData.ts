import { type BySector, emptyBySector } from '../../shared/domain/sectors.ts';
import { tally } from '../../shared/domain/tally.ts';
import type { PriorityMeta, PriorityTally, VoteConfig } from '../../shared/domain/workshop.ts';
import type { Repos } from '../db/repos.ts';
import type { WorkshopRecord } from '../db/workshopRepo.ts';
import { activePriorities } from '../domain/priorities.ts';

export interface ExportRow {
  rank: number;
  meta: PriorityMeta;
  text: string;
  dots: PriorityTally;
}

/** Everything an export file holds, gathered once so every format tells the same story. */
export interface ExportData {
  workshop: WorkshopRecord;
  vote: VoteConfig | null;
  rows: ExportRow[];
  joinedBySector: BySector;
  votedBySector: BySector;
  exportedAt: string;
}

export function gatherExport(
  repos: Repos,
  workshop: WorkshopRecord,
  texts: Record<string, string>,
): ExportData {
  const active = activePriorities(repos.priorities.list(workshop.id));
  const counted = tally(repos.votes.ballots(workshop.id));
  const joinedBySector = emptyBySector();
  for (const { sector, n } of repos.participants.countsBySector(workshop.id)) joinedBySector[sector] = n;
  return {
    workshop,
    vote: workshop.vote,
    rows: active.map((meta, i) => ({
      rank: i + 1,
      meta,
      text: texts[meta.id] ?? '',
      dots: counted.byPriority[meta.id] ?? { total: 0, bySector: emptyBySector() },
    })),
    joinedBySector,
    votedBySector: counted.votersBySector,
    exportedAt: new Date().toISOString(),
  };
}
