import type { EntryStatus } from '../../domain/entries.ts';
import type { BySector, Sector } from '../../domain/sectors.ts';

/**
 * Idea collection (idéinsamling): participants post short cards, the facilitator (and, when
 * allowed, participants) groups them into named themes live. Cards and themes are entries
 * (shared/domain/entries.ts); a card's theme is its `meta.themeId`.
 */
export const IDEAS_TYPE = 'ideas';

export const IDEAS_LIMITS = {
  /** A card's text, in characters (after trimming). */
  cardLength: 200,
  themeNameLength: 80,
  /** The facilitator's choice of cards per participant: 1 to this. */
  perParticipantMax: 50,
  /** Cards in one activity, pending and hidden included: the board must fit a screen and a phone. */
  cardsPerActivity: 500,
  themesPerActivity: 40,
} as const;

export const IDEAS_DEFAULTS = {
  preModeration: false,
  participantsGroup: false,
  maxPerParticipant: 10,
} as const;

export interface IdeasConfig {
  /** The question or instruction above the card field; may be empty (the title then asks). */
  prompt: string;
  /** Every card waits for the facilitator's approval before the room sees it. */
  preModeration: boolean;
  /** Participants may also group: move shown cards, create and rename themes (not delete, not hide). */
  participantsGroup: boolean;
  maxPerParticipant: number;
}

export interface IdeaTheme {
  id: string;
  name: string;
  /** Shown cards in the theme. */
  count: number;
}

/** A card as the room sees it: no sector or author (beyond a name the workshop chose to show). */
export interface IdeaCard {
  id: string;
  text: string;
  /** Null: not grouped ("Utan tema"). */
  themeId: string | null;
  createdAt: string;
  /** The author's name, only when the workshop shows names and they gave one. */
  authorName?: string;
  /** Staff only: the provenance. */
  sector?: Sector;
  /** Staff only: the word filter held this card back. */
  filtered?: boolean;
}

/**
 * The activity's state (`activity:state`). The room (participants, projector) gets shown cards
 * only; facilitators get the staff view, the same shape with `sector` on each card and the
 * moderation queue (`pending`) and the `hidden` cards.
 */
export interface IdeasView {
  /** In the stored order (the facilitator's). */
  themes: IdeaTheme[];
  /** Shown cards, oldest first. */
  cards: IdeaCard[];
  /** Shown cards in no theme. */
  ungrouped: number;
  pending?: IdeaCard[];
  hidden?: IdeaCard[];
}

/** One of the participant's own cards, whatever its status (`mine`). */
export interface MyCard {
  id: string;
  /** The id the phone gave it: a retry of the same post finds it. */
  clientId: string;
  text: string;
  status: EntryStatus;
  createdAt: string;
}

/** The participant's own cards (`activity:mine`), oldest first. */
export interface MyCards {
  cards: MyCard[];
}

export interface ThemeTally {
  /** Null for the ungrouped cards. */
  id: string | null;
  name: string;
  cards: Array<{ id: string; text: string; createdAt: string }>;
  total: number;
  /** Cards by the sector they came from: which sectors stand behind the theme. */
  bySector: BySector;
}

/**
 * The results (`activity:results`): shown cards only, by theme in the stored order, then the
 * ungrouped ones; the facilitator's live, the room's after the reveal.
 */
export interface IdeasResults {
  themes: ThemeTally[];
  ungrouped: ThemeTally;
  /** Shown cards. */
  total: number;
  bySector: BySector;
  /** People with at least one shown card. */
  contributors: number;
  contributorsBySector: BySector;
}

/** Results to reveal and posts a reset clears; no co-edited texts (so no lock: closing stops grouping). */
export const IDEAS_CAPS = { document: false, results: true, responses: true } as const;
