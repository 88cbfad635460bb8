import { countWords } from '../../../shared/activities/wordcloud/counting.ts';
import { groupKeys } from '../../../shared/activities/wordcloud/inflections.ts';
import { termOf } from '../../../shared/activities/wordcloud/terms.ts';
import { WORDCLOUD_TYPE, type WordcloudConfig } from '../../../shared/activities/wordcloud/types.ts';
import { SECTORS } from '../../../shared/domain/sectors.ts';
import { answeredTable } from '../../export/answeredTable.ts';
import type { Cell, ExportBlock, ExportSection } from '../../export/document.ts';
import { type ExportLang, LABELS } from '../../export/labels.ts';
import type { ActivityContext } from '../module.ts';
import { countedAnswers } from './answers.ts';
import { WORDCLOUD_LABELS } from './labels.ts';

type Ctx = ActivityContext<WordcloudConfig>;

/**
 * The question and rules, every term with its count overall and per sector and the forms counted
 * together (counted by `countWords`, the results' own function, with no term left out), then every
 * answer with what it counts as, its sector and status — held and hidden ones too, marked: the
 * file accounts for all the room wrote. Names only when the workshop shows them.
 */
export function wordcloudSection(ctx: Ctx, lang: ExportLang): ExportSection {
  const l = WORDCLOUD_LABELS[lang];
  const core = LABELS[lang];
  const a = ctx.activity;
  const c = a.config;
  const section = (blocks: ExportBlock[]): ExportSection => ({
    title: a.title || l.typeName,
    type: WORDCLOUD_TYPE,
    blocks,
  });
  const blocks: ExportBlock[] = [];
  if (c.prompt) blocks.push({ kind: 'text', label: l.prompt, text: c.prompt });
  blocks.push({
    kind: 'fields',
    fields: [
      { label: l.maxWords, value: c.maxWordsPerParticipant },
      { label: l.maxLength, value: c.maxLength },
      { label: l.preModeration, value: c.preModeration ? l.yes : l.no },
    ],
  });
  if (a.status === 'draft') return section([...blocks, { kind: 'text', text: l.notOpened }]);
  if (a.status === 'open') blocks.push({ kind: 'text', text: l.stillOpen });

  const counted = countWords(countedAnswers(ctx), c.showLive);
  blocks.push({ kind: 'text', text: l.rule });
  if (counted.terms.length === 0) blocks.push({ kind: 'text', text: l.noTerms });
  else
    blocks.push({
      kind: 'table',
      heading: l.frequencies,
      columns: [
        { label: l.term, numeric: false },
        { label: l.count, numeric: true },
        ...SECTORS.map((s) => ({ label: core.sectors[s], numeric: true })),
        { label: l.forms, numeric: false },
      ],
      rows: counted.terms.map((t): Cell[] => [
        t.word,
        t.count,
        ...SECTORS.map((s) => t.bySector[s]),
        t.forms.map((f) => `${f.form} (${f.count})`).join(', '),
      ]),
    });

  const entries = ctx.repos.entries.list(a.id);
  if (entries.length > 0) {
    // What each shown answer counts as: its term's word, grouped as `countWords` groups them.
    const shownKeys = entries.flatMap((e) => {
      const term = e.status === 'shown' ? termOf(e.text) : null;
      return term ? [term.key] : [];
    });
    const groupOf = groupKeys(shownKeys);
    const wordOf = new Map(counted.terms.map((t) => [t.key, t.word]));
    const names = ctx.settings().names === 'shown';
    const statusOf = (status: string, filtered: boolean) =>
      `${status === 'shown' ? l.shown : status === 'pending' ? l.pending : l.hidden}${filtered ? `, ${l.filtered}` : ''}`;
    blocks.push({
      kind: 'table',
      heading: l.answers,
      columns: [
        { label: l.answer, numeric: false },
        { label: l.countsAs, numeric: false },
        { label: l.sector, numeric: false },
        { label: l.status, numeric: false },
        { label: l.time, numeric: false },
        ...(names ? [{ label: l.author, numeric: false }] : []),
      ],
      rows: entries.map((e): Cell[] => {
        const term = termOf(e.text);
        const countsAs = !term
          ? l.notCounted
          : e.status === 'shown'
            ? (wordOf.get(groupOf.get(term.key) ?? term.key) ?? term.form)
            : '';
        return [
          e.text,
          countsAs,
          e.sector ? core.sectors[e.sector] : '',
          statusOf(e.status, e.meta.filtered === true),
          e.createdAt,
          ...(names ? [e.authorName] : []),
        ];
      }),
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
