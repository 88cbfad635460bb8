import { flag, numberOf } from '../../../shared/activities/question/rules.ts';
import { QUESTION_TYPE, type QuestionConfig } from '../../../shared/activities/question/types.ts';
import type { EntryRecord } from '../../../shared/domain/entries.ts';
import { emptyBySector, SECTORS } from '../../../shared/domain/sectors.ts';
import { answeredTable } from '../../export/answeredTable.ts';
import type { Cell, ExportBlock, ExportSection } from '../../export/document.ts';
import { type ExportLang, LABELS } from '../../export/labels.ts';
import type { ActivityContext } from '../module.ts';
import { QUESTION_LABELS } from './labels.ts';
import { authorFor, countQuestion } from './posts.ts';

type Ctx = ActivityContext<QuestionConfig>;

/** Stands for "no figure" (upvotes of a post the room does not see), so it cannot be read as zero. */
const NONE = '–';

const TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'short',
});

/**
 * The question, every post (hidden ones and those never approved too, marked: the file accounts
 * for all the room wrote) with its sector, time and upvotes, then shown posts and upvotes per
 * sector and who wrote per sector. Counted by `countQuestion`, the module's own `results`.
 */
export function questionSection(ctx: Ctx, lang: ExportLang): ExportSection {
  const l = QUESTION_LABELS[lang];
  const core = LABELS[lang];
  const a = ctx.activity;
  const c = a.config;
  const section = (blocks: ExportBlock[]): ExportSection => ({
    title: a.title || l.typeName,
    type: QUESTION_TYPE,
    blocks,
  });
  const blocks: ExportBlock[] = [];
  if (c.prompt) blocks.push({ kind: 'text', label: l.prompt, text: c.prompt });
  blocks.push({
    kind: 'fields',
    fields: [
      { label: l.mode, value: c.mode === 'qa' ? l.qa : l.answers },
      { label: l.preModeration, value: c.preModeration ? core.yes : core.no },
    ],
  });
  if (a.status === 'draft') return section([...blocks, { kind: 'text', text: l.notOpened }]);
  if (a.status === 'open') blocks.push({ kind: 'text', text: l.stillOpen });

  const counted = countQuestion(ctx);
  const upvotes = new Map(counted.entries.map((p) => [p.id, p.upvotes]));
  const entries = ctx.repos.entries.list(a.id);
  const author = authorFor(ctx);
  const names = entries.some((e) => author(e) !== undefined);
  const status = (e: EntryRecord) =>
    (e.status === 'shown' ? l.shown : e.status === 'pending' ? l.pending : l.hidden) +
    (flag(e, 'filtered') ? l.filtered : '');
  if (entries.length === 0) blocks.push({ kind: 'text', text: l.none });
  else
    blocks.push({
      kind: 'table',
      heading: l.posts,
      columns: [
        { label: l.number, numeric: true },
        { label: l.text, numeric: false },
        { label: core.sector, numeric: false },
        ...(names ? [{ label: l.author, numeric: false }] : []),
        { label: l.time, numeric: false },
        { label: l.status, numeric: false },
        { label: l.upvotes, numeric: true },
        ...(c.mode === 'qa' ? [{ label: l.answered, numeric: false }] : []),
      ],
      rows: entries.map((e): Cell[] => [
        numberOf(e),
        e.text,
        e.sector ? core.sectors[e.sector] : NONE,
        ...(names ? [author(e) ?? ''] : []),
        TIME.format(new Date(e.createdAt)),
        status(e),
        upvotes.get(e.id) ?? NONE,
        ...(c.mode === 'qa' ? [flag(e, 'answered') ? core.yes : core.no] : []),
      ]),
    });
  blocks.push({
    kind: 'table',
    heading: l.bySector,
    columns: [
      { label: core.sector, numeric: false },
      { label: l.shownPosts, numeric: true },
      { label: l.upvotes, numeric: true },
    ],
    rows: [
      ...SECTORS.map((s) => [core.sectors[s], counted.bySector.posts[s], counted.bySector.upvotes[s]]),
      [core.all, counted.posts, counted.upvotes],
    ],
  });
  // Who took part by writing, whatever became of their posts.
  const writers = emptyBySector();
  const seen = new Set<string>();
  for (const e of entries)
    if (e.participantId && e.sector && !seen.has(e.participantId)) {
      seen.add(e.participantId);
      writers[e.sector] += 1;
    }
  blocks.push(
    answeredTable(ctx.repos, a.workshopId, lang, {
      heading: l.writers,
      label: l.wrote,
      bySector: writers,
      total: seen.size,
    }),
  );
  return section(blocks);
}
