import { stringify } from 'csv-stringify/sync';
import type { Cell, ExportBlock, ExportDocument } from './document.ts';
import { joinedTable } from './joinedTable.ts';
import { LABELS } from './labels.ts';

/**
 * Spreadsheet programs run cells that start with these as formulas (CSV injection), the
 * full-width and small forms included (some locales and IMEs fold them to = + - @);
 * a leading apostrophe makes them plain text in Excel and LibreOffice. A formula also runs when
 * something the program drops or trims comes first: a NUL, a tab, a line break, spaces, a
 * zero-width or direction mark; so any control character at the start is suspect too.
 */
const FORMULA_START = /^(?:\p{Cc}|[\p{Cf}\p{Z}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66])/u;
const neutralise = (cell: Cell): Cell =>
  typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;

/**
 * CSV for Swedish Excel: UTF-8 with BOM (so å, ä, ö survive) and `;` as separator (Swedish Excel
 * reads `,` as the decimal mark). The workshop's facts first, then per section a heading row
 * (title; type) and its blocks, each block after an empty row. It knows blocks, never activity types.
 */
export function toCsv(doc: ExportDocument): string {
  const { meta } = doc;
  const l = LABELS[meta.lang];
  const rows: Cell[][] = [
    [l.workshop, meta.title],
    [l.date, meta.date],
    [l.place, meta.place],
    [l.description, meta.description],
    [l.code, meta.code],
    [l.exportedAt, meta.exportedAt],
    [],
    ...block(joinedTable(meta)),
  ];
  for (const section of doc.sections) {
    rows.push([], [section.title, section.type]);
    for (const b of section.blocks) rows.push([], ...block(b));
  }
  return stringify(
    rows.map((row) => row.map(neutralise)),
    { delimiter: ';', bom: true, record_delimiter: 'windows', quoted_string: true },
  );
}

function block(b: ExportBlock): Cell[][] {
  switch (b.kind) {
    case 'text':
      return [b.label ? [b.label, b.text] : [b.text]];
    case 'fields':
      return b.fields.map((f) => [f.label, f.value]);
    case 'table':
      return [...(b.heading ? [[b.heading]] : []), b.columns.map((c) => c.label), ...b.rows];
    case 'list':
      return [[b.heading], ...b.items.map((item) => [item.text, ...item.children])];
  }
}
