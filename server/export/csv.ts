import { stringify } from 'csv-stringify/sync';
import { SECTORS } from '../../shared/domain/sectors.ts';
import { countCells, type ExportData } from './exportData.ts';
import type { Labels } from './labels.ts';

/**
 * Spreadsheet programs run cells that start with these as formulas (CSV injection);
 * a leading apostrophe makes them plain text in Excel and LibreOffice.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const neutralise = (cell: string | number): string | number =>
  typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;

/**
 * CSV for Swedish Excel: UTF-8 with BOM (so å, ä, ö survive) and `;` as separator
 * (Swedish Excel reads `,` as the decimal mark). Sections are separated by an empty row.
 */
export function toCsv(data: ExportData, l: Labels): string {
  const { workshop: w } = data;
  const sectorNames = SECTORS.map((s) => l.sectors[s]);
  const rows: Array<Array<string | number>> = [
    [l.workshop, w.title],
    [l.date, w.date],
    [l.place, w.place],
    [l.description, w.description],
    [l.code, w.code],
    [l.dotsPerParticipant, data.vote?.dotsPerParticipant ?? l.noVote],
    [l.maxPerPriority, data.vote?.maxPerPriority ?? ''],
    [l.exportedAt, data.exportedAt],
    [],
    [l.rank, l.priority, l.total, ...sectorNames, l.hidden, l.origin, l.mergedFrom],
    ...data.rows.map((r) => [
      r.rank,
      r.text,
      ...countCells(r.dots),
      r.meta.hidden ? l.yes : l.no,
      r.meta.createdBySector ? l.sectors[r.meta.createdBySector] : l.seeded,
      r.meta.mergedFrom.map((p) => p.text).join(' | '),
    ]),
    ...(data.rows.some((r) => !r.dots) ? [[l.hiddenNote]] : []),
    [],
    [l.sector, l.joined, l.voted],
    ...SECTORS.map((s) => [l.sectors[s], data.joinedBySector[s], data.votedBySector[s]]),
    [l.all, sum(Object.values(data.joinedBySector)), sum(Object.values(data.votedBySector))],
  ];
  return stringify(
    rows.map((row) => row.map(neutralise)),
    { delimiter: ';', bom: true, record_delimiter: 'windows', quoted_string: true },
  );
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
