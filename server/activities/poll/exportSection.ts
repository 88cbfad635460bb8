import { maxChoicesOf, percentOf } from '../../../shared/activities/poll/rules.ts';
import { POLL_TYPE, type PollConfig } from '../../../shared/activities/poll/types.ts';
import { emptyBySector, SECTORS } from '../../../shared/domain/sectors.ts';
import { answeredTable } from '../../export/answeredTable.ts';
import type { Cell, ExportBlock, ExportSection } from '../../export/document.ts';
import { type ExportLang, LABELS } from '../../export/labels.ts';
import type { ActivityContext } from '../module.ts';
import { countPoll, storedBallots } from './counting.ts';
import { POLL_LABELS } from './labels.ts';

type Ctx = ActivityContext<PollConfig>;

/**
 * The question, each option's count overall and per sector (in the poll's order), the "other"
 * answers' words with their sector, and who answered per sector. Counted by `countPoll`, the
 * module's own `results`, so the file never tells a different story from the room.
 */
export function pollSection(ctx: Ctx, lang: ExportLang): ExportSection {
  const l = POLL_LABELS[lang];
  const core = LABELS[lang];
  const a = ctx.activity;
  const c = a.config;
  const section = (blocks: ExportBlock[]): ExportSection => ({
    title: a.title || l.typeName,
    type: POLL_TYPE,
    blocks,
  });
  const blocks: ExportBlock[] = [];
  if (c.question) blocks.push({ kind: 'text', label: l.question, text: c.question });
  const kind = c.multiple ? l.multiple.replace('{{n}}', String(maxChoicesOf(c))) : l.single;
  blocks.push({ kind: 'fields', fields: [{ label: l.kind, value: kind }] });
  // Nothing is stored under a draft's ballot: there is nothing to report.
  if (a.status === 'draft') return section([...blocks, { kind: 'text', text: l.notOpened }]);
  if (a.status === 'open') blocks.push({ kind: 'text', text: l.stillOpen });

  const counted = countPoll(ctx);
  const row = (label: string, t = { total: 0, bySector: emptyBySector() }): Cell[] => [
    label,
    t.total,
    percentOf(t.total, counted.respondents),
    ...SECTORS.map((s) => t.bySector[s]),
  ];
  const rows = c.options.map((o) => row(o.text, counted.byOption[o.id]));
  if (counted.other) rows.push(row(l.other, counted.other));
  blocks.push({
    kind: 'table',
    columns: [
      { label: l.option, numeric: false },
      { label: l.total, numeric: true },
      { label: l.percent, numeric: true },
      ...SECTORS.map((s) => ({ label: core.sectors[s], numeric: true })),
    ],
    rows,
  });
  // Every "other" answer's words, hidden ones too, marked: the file accounts for all the room wrote.
  const others = c.allowOther ? storedBallots(ctx).filter((b) => b.answer.other !== '') : [];
  if (others.length > 0)
    blocks.push({
      kind: 'list',
      heading: l.otherTexts,
      items: others.map((b) => ({
        text: `${b.answer.other} (${core.sectors[b.sector]}${b.otherHidden ? `, ${l.hidden}` : ''})`,
        children: [],
      })),
    });
  blocks.push(
    answeredTable(ctx.repos, ctx.activity.workshopId, lang, {
      heading: POLL_LABELS[lang].respondents,
      label: POLL_LABELS[lang].answered,
      bySector: counted.respondentsBySector,
      total: counted.respondents,
    }),
  );
  return section(blocks);
}
