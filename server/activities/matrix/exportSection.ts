import {
  MATRIX_TYPE,
  type MatrixConfig,
  type PlacementStats,
} from '../../../shared/activities/matrix/types.ts';
import { SECTORS } from '../../../shared/domain/sectors.ts';
import { answeredTable } from '../../export/answeredTable.ts';
import type { Cell, ExportBlock, ExportSection } from '../../export/document.ts';
import { type ExportLang, LABELS } from '../../export/labels.ts';
import type { ActivityContext } from '../module.ts';
import { countMatrix } from './counting.ts';
import { fill, MATRIX_LABELS } from './labels.ts';

type Ctx = ActivityContext<MatrixConfig>;

/** Stands for "no figure" (a mean without placements), so it cannot be read as zero. */
const NONE = '–';

/**
 * The matrix's axes, then per item its mean position and spread on each axis (and in a risk
 * matrix the mean score and its level), overall and per sector, and who answered per sector.
 * Counted by `countMatrix`, the module's own `results`, so the file tells the room's story.
 */
export function matrixSection(ctx: Ctx, lang: ExportLang): ExportSection {
  const l = MATRIX_LABELS[lang];
  const a = ctx.activity;
  const section = (blocks: ExportBlock[]): ExportSection => ({
    title: a.title || l.typeName,
    type: MATRIX_TYPE,
    blocks,
  });
  if (a.status === 'draft') return section([{ kind: 'text', text: l.notOpened }]);

  const core = LABELS[lang];
  const { axes, variant } = a.config;
  const risk = variant === 'risk';
  const blocks: ExportBlock[] = [];
  if (a.config.prompt) blocks.push({ kind: 'text', label: l.prompt, text: a.config.prompt });
  blocks.push({
    kind: 'fields',
    fields: [
      { label: l.variant, value: risk ? l.risk : l.grid },
      { label: l.xAxis, value: fill(l.axis, { ...axes.x }) },
      { label: l.yAxis, value: fill(l.axis, { ...axes.y }) },
    ],
  });
  blocks.push({ kind: 'text', text: risk ? l.bandsNote : l.spreadNote });
  if (a.status === 'open') blocks.push({ kind: 'text', text: l.stillOpen });
  const results = countMatrix(ctx);
  const columns = [
    { label: l.group, numeric: false },
    { label: l.n, numeric: true },
    { label: fill(l.mean, { axis: axes.x.name }), numeric: true },
    { label: fill(l.sd, { axis: axes.x.name }), numeric: true },
    { label: fill(l.mean, { axis: axes.y.name }), numeric: true },
    { label: fill(l.sd, { axis: axes.y.name }), numeric: true },
    ...(risk
      ? [
          { label: l.score, numeric: true },
          { label: l.band, numeric: false },
        ]
      : []),
  ];
  const row = (group: string, s: PlacementStats): Cell[] => [
    group,
    s.n,
    s.x.mean ?? NONE,
    s.x.sd ?? NONE,
    s.y.mean ?? NONE,
    s.y.sd ?? NONE,
    ...(risk ? [s.score ?? NONE, s.band ? l.bands[s.band] : NONE] : []),
  ];
  for (const [i, item] of a.config.items.entries()) {
    const r = results.byItem[item.id];
    if (!r) continue;
    blocks.push({
      kind: 'table',
      heading: `${i + 1}. ${item.text}`,
      columns,
      rows: [row(core.all, r), ...SECTORS.map((sector) => row(core.sectors[sector], r.bySector[sector]))],
    });
  }
  blocks.push(
    answeredTable(ctx.repos, a.workshopId, lang, {
      heading: l.respondents,
      label: l.answered,
      bySector: results.respondentsBySector,
      total: results.respondents,
    }),
  );
  return section(blocks);
}
