import { type BySector, emptyBySector, SECTORS } from '../../shared/domain/sectors.ts';
import type { Repos } from '../db/repos.ts';
import type { ExportBlock } from './document.ts';
import { type ExportLang, LABELS } from './labels.ts';

/** How many took part in an activity, by sector, against how many joined the workshop. */
export interface Answered {
  /** The table's heading and the name of its count ("Har röstat", "Har svarat"), in the type's words. */
  heading: string;
  label: string;
  bySector: BySector;
  total: number;
}

/** Joined and answered per sector and in all: the same table for every type that takes answers. */
export function answeredTable(
  repos: Repos,
  workshopId: string,
  lang: ExportLang,
  answered: Answered,
): ExportBlock {
  const core = LABELS[lang];
  const joined = emptyBySector();
  for (const { sector, n } of repos.participants.countsBySector(workshopId)) joined[sector] = n;
  const allJoined = SECTORS.reduce((sum, s) => sum + joined[s], 0);
  return {
    kind: 'table',
    heading: answered.heading,
    columns: [
      { label: core.sector, numeric: false },
      { label: core.joined, numeric: true },
      { label: answered.label, numeric: true },
    ],
    rows: [
      ...SECTORS.map((s) => [core.sectors[s], joined[s], answered.bySector[s]]),
      [core.all, allJoined, answered.total],
    ],
  };
}
