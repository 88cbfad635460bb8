import {
  type ItemResult,
  RANKING_TYPE,
  type RankingConfig,
} from '../../../shared/activities/ranking/types.ts';
import { SECTORS } from '../../../shared/domain/sectors.ts';
import { answeredTable } from '../../export/answeredTable.ts';
import type { Cell, ExportBlock, ExportSection } from '../../export/document.ts';
import { type ExportLang, LABELS } from '../../export/labels.ts';
import type { ActivityContext } from '../module.ts';
import { countRanking } from './counting.ts';
import { RANKING_LABELS } from './labels.ts';

type Ctx = ActivityContext<RankingConfig>;

/** Stands for "no figure" (a mean without rankings), so it cannot be read as zero. */
const NONE = '–';

/** The positions an item was given, as "1: 3, 2: 1" (places nobody gave it left out). */
export const spreadText = (r: ItemResult): string =>
  r.positions.flatMap((n, i) => (n > 0 ? [`${i + 1}: ${n}`] : [])).join(', ') || NONE;

/**
 * The prompt and the rule, then the ranked table for everyone and for each sector that answered,
 * and who answered per sector. Counted by `countRanking`, the module's own `results`, so the file
 * never tells a different story from the room.
 */
export function rankingSection(ctx: Ctx, lang: ExportLang): ExportSection {
  const l = RANKING_LABELS[lang];
  const core = LABELS[lang];
  const a = ctx.activity;
  const c = a.config;
  const section = (blocks: ExportBlock[]): ExportSection => ({
    title: a.title || l.typeName,
    type: RANKING_TYPE,
    blocks,
  });
  const blocks: ExportBlock[] = [];
  if (c.prompt) blocks.push({ kind: 'text', label: l.prompt, text: c.prompt });
  blocks.push({
    kind: 'fields',
    fields: [
      { label: l.items, value: c.items.length },
      { label: l.rule, value: l.ruleText },
    ],
  });
  // Nothing is stored under a draft: there is nothing to report.
  if (a.status === 'draft') return section([...blocks, { kind: 'text', text: l.notOpened }]);
  if (a.status === 'open') blocks.push({ kind: 'text', text: l.stillOpen });

  const counted = countRanking(ctx);
  const textOf = new Map(c.items.map((i) => [i.id, i.text]));
  const columns = [
    { label: l.place, numeric: true },
    { label: l.item, numeric: false },
    { label: l.points, numeric: true },
    { label: l.mean, numeric: true },
    { label: l.best, numeric: true },
    { label: l.worst, numeric: true },
    { label: l.ranked, numeric: true },
    { label: l.spread, numeric: false },
  ];
  const rows = (items: readonly ItemResult[]): Cell[][] =>
    items.map((r) => [
      r.place,
      textOf.get(r.id) ?? '',
      r.points,
      r.meanPosition ?? NONE,
      r.best ?? NONE,
      r.worst ?? NONE,
      r.respondents,
      spreadText(r),
    ]);
  blocks.push({ kind: 'table', heading: l.overall, columns, rows: rows(counted.items) });
  for (const sector of SECTORS) {
    const items = counted.bySector[sector];
    if (!items) continue;
    blocks.push({
      kind: 'table',
      heading: l.sectorHeading
        .replace('{{sector}}', core.sectors[sector])
        .replace('{{n}}', String(counted.respondentsBySector[sector])),
      columns,
      rows: rows(items),
    });
  }
  blocks.push(
    answeredTable(ctx.repos, a.workshopId, lang, {
      heading: l.respondents,
      label: l.answered,
      bySector: counted.respondentsBySector,
      total: counted.respondents,
    }),
  );
  return section(blocks);
}
