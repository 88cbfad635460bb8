import {
  type StoredCard,
  type StoredTheme,
  sortThemes,
  themeOf,
} from '../../../shared/activities/ideas/rules.ts';
import type {
  IdeaCard,
  IdeasConfig,
  IdeasView,
  MyCard,
  MyCards,
} from '../../../shared/activities/ideas/types.ts';
import type { EntryRecord } from '../../../shared/domain/entries.ts';
import type { ActivityContext } from '../module.ts';

/*
 * Cards and themes are both entries of the activity (the core's `entries` table), told apart by
 * `meta.kind`: a theme is a row with a name (its text), an order and nothing to moderate; a card
 * keeps its sector and time from the moment it is posted, and its theme is `meta.themeId`.
 * Everything the module does reads the board through here.
 */

type Ctx = ActivityContext<IdeasConfig>;

export interface BoardCard extends StoredCard {
  /** The phone's id for the post (a retry finds the card by it). */
  clientId: string;
  filtered: boolean;
  authorName: string;
  meta: Record<string, unknown>;
}

export interface Board {
  /** In their stored order. */
  themes: StoredTheme[];
  /** Every card, whatever its status, oldest first. */
  cards: BoardCard[];
}

export const isTheme = (e: EntryRecord): boolean => e.meta.kind === 'theme';

function cardOf(e: EntryRecord): BoardCard {
  const { themeId, clientId, filtered } = e.meta;
  return {
    id: e.id,
    participantId: e.participantId,
    // Cards are posted by participants, who always have a sector; a stray row counts as undisclosed.
    sector: e.sector ?? 'undisclosed',
    text: e.text,
    status: e.status,
    themeId: typeof themeId === 'string' ? themeId : null,
    createdAt: e.createdAt,
    clientId: typeof clientId === 'string' ? clientId : '',
    filtered: filtered === true,
    authorName: e.authorName,
    meta: e.meta,
  };
}

export function readBoard(ctx: Ctx): Board {
  const themes: StoredTheme[] = [];
  const cards: BoardCard[] = [];
  for (const e of ctx.repos.entries.list(ctx.activity.id)) {
    if (isTheme(e)) {
      const order = typeof e.meta.order === 'number' ? e.meta.order : 0;
      themes.push({ id: e.id, name: e.text, order });
    } else cards.push(cardOf(e));
  }
  return { themes: sortThemes(themes), cards };
}

/** The room's view, or (`staff`) the facilitators': sectors on every card, the queue and the hidden. */
export function boardView(ctx: Ctx, staff: boolean): IdeasView {
  const { themes, cards } = readBoard(ctx);
  const ids = new Set(themes.map((t) => t.id));
  const names = ctx.settings().names === 'shown';
  const toView = (c: BoardCard): IdeaCard => ({
    id: c.id,
    text: c.text,
    themeId: themeOf(c, ids),
    createdAt: c.createdAt,
    ...(names && c.authorName ? { authorName: c.authorName } : {}),
    ...(staff ? { sector: c.sector, filtered: c.filtered } : {}),
  });
  const shown = cards.filter((c) => c.status === 'shown').map(toView);
  const count = (themeId: string | null) => shown.filter((c) => c.themeId === themeId).length;
  const view: IdeasView = {
    themes: themes.map((t) => ({ id: t.id, name: t.name, count: count(t.id) })),
    cards: shown,
    ungrouped: count(null),
  };
  if (!staff) return view;
  return {
    ...view,
    pending: cards.filter((c) => c.status === 'pending').map(toView),
    hidden: cards.filter((c) => c.status === 'hidden').map(toView),
  };
}

export const myCardOf = (c: BoardCard): MyCard => ({
  id: c.id,
  clientId: c.clientId,
  text: c.text,
  status: c.status,
  createdAt: c.createdAt,
});

export function myCards(ctx: Ctx, participantId: string): MyCards {
  return {
    cards: readBoard(ctx)
      .cards.filter((c) => c.participantId === participantId)
      .map(myCardOf),
  };
}
