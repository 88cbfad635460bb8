import { type BySector, emptyBySector, SECTORS } from '../../shared/domain/sectors.ts';
import type { PriorityMeta, PriorityTally, Tally, VoteConfig } from '../../shared/domain/workshop.ts';
import type { Repos } from '../db/repos.ts';
import type { WorkshopRecord } from '../db/workshopRepo.ts';
import { activePriorities } from '../domain/priorities.ts';

export interface ExportRow {
  rank: number;
  meta: PriorityMeta;
  text: string;
  /** null while the priority is hidden: its dots stay stored but are not counted. */
  dots: PriorityTally | null;
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

/**
 * `counted` is the workshop's tally from `WorkshopService.tally`, the one counting path the
 * live screens use too, so an export never tells a different story from the room.
 */
export function gatherExport(
  repos: Repos,
  workshop: WorkshopRecord,
  texts: Record<string, string>,
  counted: Tally,
): ExportData {
  const active = activePriorities(repos.priorities.list(workshop.id));
  const joinedBySector = emptyBySector();
  for (const { sector, n } of repos.participants.countsBySector(workshop.id)) joinedBySector[sector] = n;
  return {
    workshop,
    vote: workshop.vote,
    rows: active.map((meta, i) => ({
      rank: i + 1,
      meta,
      text: texts[meta.id] ?? '',
      dots: meta.hidden ? null : (counted.byPriority[meta.id] ?? { total: 0, bySector: emptyBySector() }),
    })),
    joinedBySector,
    votedBySector: counted.votersBySector,
    exportedAt: new Date().toISOString(),
  };
}

/** Stands for "not counted" (a hidden priority), so it cannot be read as zero dots. */
export const NOT_COUNTED = '–';

/** A row's total and its dots per sector in `SECTORS` order, or dashes when they are not counted. */
export function countCells(dots: PriorityTally | null): Array<number | string> {
  if (!dots) return [NOT_COUNTED, ...SECTORS.map(() => NOT_COUNTED)];
  return [dots.total, ...SECTORS.map((s) => dots.bySector[s])];
}
