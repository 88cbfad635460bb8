import { SECTORS } from '../../shared/domain/sectors.ts';
import type { ExportBlock, ExportDocument } from './document.ts';
import { LABELS } from './labels.ts';

/** Who joined, by sector and in all: the same table in every format. */
export function joinedTable(meta: ExportDocument['meta']): ExportBlock {
  const l = LABELS[meta.lang];
  const all = SECTORS.reduce((sum, s) => sum + meta.joinedBySector[s], 0);
  return {
    kind: 'table',
    heading: l.participants,
    columns: [
      { label: l.sector, numeric: false },
      { label: l.joined, numeric: true },
    ],
    rows: [...SECTORS.map((s) => [l.sectors[s], meta.joinedBySector[s]]), [l.all, all]],
  };
}
