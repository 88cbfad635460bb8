import {
  DOTS_TYPE,
  type DotsConfig,
  type Tally,
  type VoteItem,
} from '../../../shared/activities/dots/types.ts';
import { itemNumbers } from '../../../shared/domain/itemNumbers.ts';
import { emptyBySector, SECTORS } from '../../../shared/domain/sectors.ts';
import { answeredTable } from '../../export/answeredTable.ts';
import { type Cell, type ExportBlock, ExportError, type ExportSection } from '../../export/document.ts';
import { type ExportLang, LABELS } from '../../export/labels.ts';
import type { ActivityContext } from '../module.ts';
import { countDots, voteItems } from './counting.ts';
import { DOTS_LABELS } from './labels.ts';

/** Stands for "not counted" (a hidden priority), so it cannot be read as zero dots. */
const NOT_COUNTED = '–';

type Ctx = ActivityContext<DotsConfig>;

/**
 * The rules, the results ranked by dots and how many voted per sector. Counted by `countDots`,
 * the module's own `results`, so the file never tells a different story from the room.
 * Throws ExportError when the source list's texts cannot be read.
 */
export function dotsSection(ctx: Ctx, lang: ExportLang): ExportSection {
  const l = DOTS_LABELS[lang];
  const a = ctx.activity;
  const section = (blocks: ExportBlock[]): ExportSection => ({
    title: a.title || l.typeName,
    type: DOTS_TYPE,
    blocks,
  });
  // Rules of a draft may still change and nothing is stored under them: there is nothing to report.
  if (a.status === 'draft') return section([{ kind: 'text', text: l.notOpened }]);

  const blocks: ExportBlock[] = [
    {
      kind: 'fields',
      fields: [
        { label: l.dotsPerParticipant, value: a.config.dotsPerParticipant },
        { label: l.maxPerPriority, value: a.config.maxPerPriority },
      ],
    },
  ];
  if (a.status === 'open') blocks.push({ kind: 'text', text: l.stillOpen });
  const counted = countDots(ctx);
  const items = voteItems(ctx);
  blocks.push(resultTable(ctx, lang, items, counted));
  if (items.some((p) => p.hidden)) blocks.push({ kind: 'text', text: l.hiddenNote });
  blocks.push(
    answeredTable(ctx.repos, ctx.activity.workshopId, lang, {
      heading: DOTS_LABELS[lang].voters,
      label: DOTS_LABELS[lang].voted,
      bySector: counted.votersBySector,
      total: counted.voters,
    }),
  );
  return section(blocks);
}

function resultTable(ctx: Ctx, lang: ExportLang, items: readonly VoteItem[], counted: Tally): ExportBlock {
  const l = DOTS_LABELS[lang];
  const { sectors } = LABELS[lang];
  const source = ctx.activity.config.sourceActivityId;
  // A source that is gone has no items either; only a source whose document fails is an error.
  const texts = ctx.sibling(source) ? ctx.texts(source) : {};
  if (!texts) throw new ExportError('DOCUMENT_UNREADABLE');
  const textOf = (id: string) => texts[id] ?? '';
  // The number every screen calls the priority by ("Prioritering 3").
  const numbers = itemNumbers(ctx.items(source));
  const nOf = (id: string) => numbers.get(id) ?? NOT_COUNTED;

  const rows: Cell[][] = [];
  for (const { id, rank } of ranked(items, counted)) {
    const dots = counted.byPriority[id] ?? { total: 0, bySector: emptyBySector() };
    rows.push([rank, nOf(id), textOf(id), dots.total, ...SECTORS.map((s) => dots.bySector[s])]);
  }
  for (const p of items.filter((p) => p.hidden)) {
    const dashes = [NOT_COUNTED, ...SECTORS.map(() => NOT_COUNTED)];
    rows.push([NOT_COUNTED, nOf(p.id), `${textOf(p.id)} (${l.notCounted})`, ...dashes]);
  }
  return {
    kind: 'table',
    columns: [
      { label: l.rank, numeric: true },
      { label: l.number, numeric: true },
      { label: l.priority, numeric: false },
      { label: l.total, numeric: true },
      ...SECTORS.map((s) => ({ label: sectors[s], numeric: true })),
    ],
    rows,
  };
}

/**
 * Visible items by total dots, most first; equal totals share a rank (1, 1, 3) and keep the
 * list's order, so the file does not invent a winner the room did not choose.
 */
function ranked(items: readonly VoteItem[], counted: Tally): Array<{ id: string; rank: number }> {
  const totalOf = (id: string) => counted.byPriority[id]?.total ?? 0;
  // Array.prototype.sort is stable: ties stay in the list's order.
  const sorted = items.filter((p) => !p.hidden).sort((x, y) => totalOf(y.id) - totalOf(x.id));
  let rank = 0;
  return sorted.map(({ id }, i) => {
    if (i === 0 || totalOf(id) !== totalOf(sorted[i - 1]?.id ?? '')) rank = i + 1;
    return { id, rank };
  });
}
