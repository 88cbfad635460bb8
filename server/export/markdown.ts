import type { Cell, ExportBlock, ExportDocument } from './document.ts';
import { joinedTable } from './joinedTable.ts';
import { LABELS } from './labels.ts';
import { mdInline as md, mdBlock } from './markdownText.ts';

const cell = (c: Cell) => (typeof c === 'number' ? String(c) : md(c));

/** Renders any export document; it knows blocks, never activity types. */
export function toMarkdown(doc: ExportDocument): string {
  const { meta } = doc;
  const l = LABELS[meta.lang];
  const out: string[] = [
    `# ${md(meta.title)}`,
    '',
    `- **${l.date}:** ${md(meta.date)}`,
    `- **${l.place}:** ${md(meta.place) || '–'}`,
    `- **${l.code}:** ${md(meta.code)}`,
    `- **${l.exportedAt}:** ${md(meta.exportedAt)}`,
    '',
  ];
  if (meta.description) out.push(mdBlock(meta.description), '');
  // A heading level per level of the document: the room's table sits beside the sections.
  out.push(...block(joinedTable(meta), '##'), '');
  for (const section of doc.sections) {
    out.push(`## ${md(section.title)}`, '');
    for (const b of section.blocks) out.push(...block(b, '###'), '');
  }
  return out.join('\n');
}

function block(b: ExportBlock, heading: '##' | '###'): string[] {
  switch (b.kind) {
    case 'text':
      return [b.label ? `**${md(b.label)}:** ${md(b.text)}` : mdBlock(b.text)];
    case 'fields':
      return b.fields.map((f) => `- **${md(f.label)}:** ${cell(f.value)}`);
    case 'table':
      return [
        ...(b.heading ? [`${heading} ${md(b.heading)}`, ''] : []),
        `| ${b.columns.map((c) => md(c.label)).join(' | ')} |`,
        `|${b.columns.map((c) => (c.numeric ? '---:' : '---')).join('|')}|`,
        ...b.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ];
    case 'list':
      return [
        `${heading} ${md(b.heading)}`,
        '',
        ...b.items.flatMap((item) => [
          `- ${mdBlock(item.text)}`,
          ...item.children.map((c) => `  - ${mdBlock(c)}`),
        ]),
      ];
  }
}
