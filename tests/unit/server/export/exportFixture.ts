import type { ExportDocument, ExportSection } from '../../../../server/export/document.ts';
import { emptyBySector } from '../../../../shared/domain/sectors.ts';

/** A section with one block of every kind, as a module would build it. */
export const everyBlock: ExportSection = {
  title: 'Prickröstning',
  type: 'dots',
  blocks: [
    { kind: 'text', label: 'Fråga', text: 'Vad ska länet satsa på?' },
    { kind: 'fields', fields: [{ label: 'Prickar per deltagare', value: 5 }] },
    {
      kind: 'table',
      columns: [
        { label: 'Placering', numeric: true },
        { label: 'Prioritering', numeric: false },
        { label: 'Prickar totalt', numeric: true },
      ],
      rows: [
        [1, 'Kollektivtrafik', 4],
        ['–', 'Dold (dold, räknas inte)', '–'],
      ],
    },
    { kind: 'text', text: 'Dolda prioriteringar räknas inte.' },
    {
      kind: 'table',
      heading: 'Har röstat, per sektor',
      columns: [
        { label: 'Sektor', numeric: false },
        { label: 'Har röstat', numeric: true },
      ],
      rows: [['Offentlig sektor', 2]],
    },
    {
      kind: 'list',
      heading: 'Sammanslagen från',
      items: [{ text: '1. Mål', children: ['Ett (Civilsamhälle)'] }],
    },
  ],
};

/** A document with hand-picked values, so each format's output can be checked exactly. */
export function exportDoc(
  sections: ExportSection[] = [everyBlock],
  overrides: Partial<ExportDocument['meta']> = {},
): ExportDocument {
  return {
    meta: {
      lang: 'sv',
      title: 'Strategi för Örebro län',
      date: '2025-03-14',
      place: 'Lindesberg',
      code: 'ABCDEFGH',
      description: '',
      exportedAt: '2025-03-14T12:00:00.000Z',
      joinedBySector: { ...emptyBySector(), public: 3, civil: 1 },
      ...overrides,
    },
    sections,
  };
}

/** A section holding just one block, for checking how a format renders that block. */
export const sectionOf = (block: ExportSection['blocks'][number]): ExportSection => ({
  title: 'Prioriteringar',
  type: 'list',
  blocks: [block],
});
