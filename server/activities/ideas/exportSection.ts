import { tallyIdeas, themeOf } from '../../../shared/activities/ideas/rules.ts';
import { IDEAS_TYPE, type IdeasConfig, type ThemeTally } from '../../../shared/activities/ideas/types.ts';
import { SECTORS } from '../../../shared/domain/sectors.ts';
import { answeredTable } from '../../export/answeredTable.ts';
import type { Cell, ExportBlock, ExportSection } from '../../export/document.ts';
import { type ExportLang, LABELS } from '../../export/labels.ts';
import type { ActivityContext } from '../module.ts';
import { type BoardCard, readBoard } from './board.ts';
import { IDEAS_LABELS } from './labels.ts';

type Ctx = ActivityContext<IdeasConfig>;

/**
 * The themes with the sectors behind each (counted by `tallyIdeas`, the results' own path), then
 * every card theme by theme with its sector and time, held and hidden ones too, marked: the file
 * accounts for all the room wrote and lets the process team trace each theme back to its room.
 */
export function ideasSection(ctx: Ctx, lang: ExportLang): ExportSection {
  const l = IDEAS_LABELS[lang];
  const core = LABELS[lang];
  const a = ctx.activity;
  const c = a.config;
  const section = (blocks: ExportBlock[]): ExportSection => ({
    title: a.title || l.typeName,
    type: IDEAS_TYPE,
    blocks,
  });
  const blocks: ExportBlock[] = [];
  if (c.prompt) blocks.push({ kind: 'text', label: l.prompt, text: c.prompt });
  const yesNo = (b: boolean) => (b ? core.yes : core.no);
  blocks.push({
    kind: 'fields',
    fields: [
      { label: l.preModeration, value: yesNo(c.preModeration) },
      { label: l.participantsGroup, value: yesNo(c.participantsGroup) },
      { label: l.maxPerParticipant, value: c.maxPerParticipant },
    ],
  });
  const board = readBoard(ctx);
  if (a.status === 'draft' && board.cards.length === 0)
    return section([...blocks, { kind: 'text', text: l.notOpened }]);
  if (a.status === 'open') blocks.push({ kind: 'text', text: l.stillOpen });

  const results = tallyIdeas(board.themes, board.cards);
  const sectorsOf = (t: ThemeTally) =>
    SECTORS.filter((s) => t.bySector[s] > 0)
      .map((s) => core.sectors[s])
      .join(', ');
  const themeRow = (name: string, t: ThemeTally): Cell[] => [
    name,
    t.total,
    sectorsOf(t),
    ...SECTORS.map((s) => t.bySector[s]),
  ];
  blocks.push({
    kind: 'table',
    heading: l.themes,
    columns: [
      { label: l.theme, numeric: false },
      { label: l.cards, numeric: true },
      { label: l.sectors, numeric: false },
      ...SECTORS.map((s) => ({ label: core.sectors[s], numeric: true })),
    ],
    rows: [...results.themes.map((t) => themeRow(t.name, t)), themeRow(l.ungrouped, results.ungrouped)],
  });

  const names = ctx.settings().names === 'shown';
  const ids = new Set(board.themes.map((t) => t.id));
  const statusOf = (card: BoardCard): string => {
    const status = card.status === 'shown' ? l.shown : card.status === 'pending' ? l.pending : l.hidden;
    return card.filtered && card.status !== 'shown' ? `${status}, ${l.filtered}` : status;
  };
  const cardRow = (theme: string, card: BoardCard): Cell[] => [
    theme,
    card.text,
    core.sectors[card.sector],
    card.createdAt,
    statusOf(card),
    ...(names ? [card.authorName] : []),
  ];
  const groups: Array<[string, string | null]> = [
    ...board.themes.map((t): [string, string | null] => [t.name, t.id]),
    [l.ungrouped, null],
  ];
  const rows = groups.flatMap(([name, id]) =>
    board.cards.filter((card) => themeOf(card, ids) === id).map((card) => cardRow(name, card)),
  );
  blocks.push(
    rows.length === 0
      ? { kind: 'text', label: l.allCards, text: l.none }
      : {
          kind: 'table',
          heading: l.allCards,
          columns: [
            { label: l.theme, numeric: false },
            { label: l.idea, numeric: false },
            { label: core.sector, numeric: false },
            { label: l.time, numeric: false },
            { label: l.status, numeric: false },
            ...(names ? [{ label: l.name, numeric: false }] : []),
          ],
          rows,
        },
  );
  blocks.push(
    answeredTable(ctx.repos, a.workshopId, lang, {
      heading: l.contributors,
      label: l.contributed,
      bySector: results.contributorsBySector,
      total: results.contributors,
    }),
  );
  return section(blocks);
}
