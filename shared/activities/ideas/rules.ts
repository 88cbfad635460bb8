import type { EntryStatus } from '../../domain/entries.ts';
import { fail, ok, type Result } from '../../domain/result.ts';
import { emptyBySector, type Sector } from '../../domain/sectors.ts';
import type { ActivityStatus } from '../../domain/workshop.ts';
import type { Role } from '../../protocol/events.ts';
import { IDEAS_LIMITS, type IdeasConfig, type IdeasResults, type ThemeTally } from './types.ts';

/** A card as stored, with its provenance. */
export interface StoredCard {
  id: string;
  participantId: string | null;
  sector: Sector;
  text: string;
  status: EntryStatus;
  /** As stored; a theme that no longer exists counts as none (see `themeOf`). */
  themeId: string | null;
  createdAt: string;
}

export interface StoredTheme {
  id: string;
  name: string;
  order: number;
}

/**
 * Whether a participant may post one more card now: only while open, within their own limit and
 * the activity's. `own` counts every stored card of theirs (pending and hidden too), so hiding a
 * card never gives its author a new one; `all` counts the cards not hidden, so a flood the
 * facilitator hid does not leave the board full for everyone.
 */
export function acceptPost(
  status: ActivityStatus,
  config: IdeasConfig,
  own: number,
  all: number,
): Result<null> {
  if (status !== 'open') return fail('VOTING_CLOSED');
  if (own >= config.maxPerParticipant || all >= IDEAS_LIMITS.cardsPerActivity) return fail('TOO_MANY_POSTS');
  return ok(null);
}

/**
 * Whether `role` may group now (move cards, create and rename themes). Facilitators always, so
 * they can cluster after the collection closes; participants only when the config lets them and
 * while the activity is open: closing it is what stops them.
 */
export function mayGroup(role: Role, status: ActivityStatus, config: IdeasConfig): Result<null> {
  if (role === 'facilitator') return ok(null);
  if (role !== 'participant' || !config.participantsGroup) return fail('FORBIDDEN');
  if (status !== 'open') return fail('VOTING_CLOSED');
  return ok(null);
}

/** Themes in their stored order (ties, which a fresh pair of creations can make, by id). */
export function sortThemes<T extends StoredTheme>(themes: readonly T[]): T[] {
  return [...themes].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A new order of theme ids: the known ids named, in the order named, then every theme not named
 * in its old place order. Unknown ids (a theme deleted meanwhile) are ignored, so a reorder sent
 * from a slightly stale board never loses or invents a theme.
 */
export function reorderedIds(sorted: readonly StoredTheme[], requested: readonly string[]): string[] {
  const known = new Set(sorted.map((t) => t.id));
  const named = requested.filter((id) => known.has(id));
  const rest = sorted.map((t) => t.id).filter((id) => !named.includes(id));
  return [...named, ...rest];
}

/** The card's theme if it still exists, else null (ungrouped). */
export const themeOf = (card: Pick<StoredCard, 'themeId'>, themeIds: ReadonlySet<string>): string | null =>
  card.themeId !== null && themeIds.has(card.themeId) ? card.themeId : null;

const emptyTally = (id: string | null, name: string): ThemeTally => ({
  id,
  name,
  cards: [],
  total: 0,
  bySector: emptyBySector(),
});

/**
 * The one way an idea collection is counted, for every screen and the export: shown cards only,
 * per theme (in the themes' order) and ungrouped, each with the sectors its cards came from;
 * contributors are people with at least one shown card. Cards keep their posting order.
 */
export function tallyIdeas(sortedThemes: readonly StoredTheme[], cards: readonly StoredCard[]): IdeasResults {
  const themes = sortedThemes.map((t) => emptyTally(t.id, t.name));
  const byId = new Map(sortedThemes.map((t, i) => [t.id, themes[i] as ThemeTally]));
  const ids = new Set(byId.keys());
  const ungrouped = emptyTally(null, '');
  const result: IdeasResults = {
    themes,
    ungrouped,
    total: 0,
    bySector: emptyBySector(),
    contributors: 0,
    contributorsBySector: emptyBySector(),
  };
  const people = new Map<string, Sector>();
  for (const card of cards) {
    if (card.status !== 'shown') continue;
    const themeId = themeOf(card, ids);
    const tally = (themeId !== null ? byId.get(themeId) : undefined) ?? ungrouped;
    tally.cards.push({ id: card.id, text: card.text, createdAt: card.createdAt });
    tally.total += 1;
    tally.bySector[card.sector] += 1;
    result.total += 1;
    result.bySector[card.sector] += 1;
    if (card.participantId !== null) people.set(card.participantId, card.sector);
  }
  result.contributors = people.size;
  for (const sector of people.values()) result.contributorsBySector[sector] += 1;
  return result;
}
