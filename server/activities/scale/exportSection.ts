import { type Distribution, SCALE_TYPE, type ScaleConfig } from '../../../shared/activities/scale/types.ts';
import { SECTORS } from '../../../shared/domain/sectors.ts';
import { answeredTable } from '../../export/answeredTable.ts';
import type { Cell, ExportBlock, ExportSection } from '../../export/document.ts';
import { type ExportLang, LABELS } from '../../export/labels.ts';
import type { ActivityContext } from '../module.ts';
import { countScale } from './counting.ts';
import { SCALE_LABELS } from './labels.ts';

type Ctx = ActivityContext<ScaleConfig>;

/** Stands for "no figure" (a median without answers), so it cannot be read as zero. */
const NONE = '–';

/** The words of points 1–5 in the export's language: the agree scale's, or the config's ends. */
export function pointWords(config: ScaleConfig, lang: ExportLang): string[] {
  const l = SCALE_LABELS[lang];
  if (config.labels.kind === 'agree') return [...l.points];
  return [config.labels.low, '', '', '', config.labels.high];
}

/**
 * The scale, then per statement its distribution overall and per sector, and who answered per
 * sector. Counted by `countScale`, the module's own `results`, so the file tells the room's story.
 */
export function scaleSection(ctx: Ctx, lang: ExportLang): ExportSection {
  const l = SCALE_LABELS[lang];
  const a = ctx.activity;
  const section = (blocks: ExportBlock[]): ExportSection => ({
    title: a.title || l.typeName,
    type: SCALE_TYPE,
    blocks,
  });
  if (a.status === 'draft') return section([{ kind: 'text', text: l.notOpened }]);

  const core = LABELS[lang];
  const words = pointWords(a.config, lang);
  const blocks: ExportBlock[] = [];
  if (a.config.prompt) blocks.push({ kind: 'text', label: l.prompt, text: a.config.prompt });
  blocks.push({
    kind: 'fields',
    fields: [
      { label: l.scale, value: words.map((w, i) => (w ? `${i + 1} = ${w}` : `${i + 1}`)).join(', ') },
      { label: l.skipOffered, value: a.config.allowSkip ? core.yes : core.no },
    ],
  });
  if (a.status === 'open') blocks.push({ kind: 'text', text: l.stillOpen });
  const results = countScale(ctx);
  const columns = [
    { label: l.group, numeric: false },
    ...words.map((w, i) => ({ label: w ? `${i + 1} ${w}` : `${i + 1}`, numeric: true })),
    { label: l.skip, numeric: true },
    { label: l.n, numeric: true },
    { label: l.median, numeric: true },
    { label: l.mean, numeric: true },
  ];
  const row = (group: string, d: Distribution): Cell[] => [
    group,
    ...d.counts,
    d.skips,
    d.n,
    d.median ?? NONE,
    d.mean ?? NONE,
  ];
  for (const [i, s] of a.config.statements.entries()) {
    const r = results.byStatement[s.id];
    if (!r) continue;
    blocks.push({
      kind: 'table',
      heading: `${i + 1}. ${s.text}`,
      columns,
      rows: [row(core.all, r), ...SECTORS.map((sector) => row(core.sectors[sector], r.bySector[sector]))],
    });
  }
  blocks.push(
    answeredTable(ctx.repos, ctx.activity.workshopId, lang, {
      heading: SCALE_LABELS[lang].respondents,
      label: SCALE_LABELS[lang].answered,
      bySector: results.respondentsBySector,
      total: results.respondents,
    }),
  );
  return section(blocks);
}
