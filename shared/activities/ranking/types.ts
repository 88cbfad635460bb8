import type { BySector, Sector } from '../../domain/sectors.ts';

/** Ranking (rangordning): each participant puts the same items in their own order; Borda count. */
export const RANKING_TYPE = 'ranking';

/** An item keeps its id through edits, so a reorder of the config never moves anyone's ranking. */
export interface RankingItem {
  id: string;
  /** The item's words; may hold line breaks (a merged priority fetched from a list). */
  text: string;
}

export interface RankingConfig {
  /** The question the order answers ("Vad är viktigast för länet?"); may be empty. */
  prompt: string;
  items: RankingItem[];
}

/** The ranking's state for every role: everything screens show is in the config. */
export type RankingView = Record<string, never>;

/** A participant's whole answer (`activity:respond` value): item ids, first place first. */
export interface RankingAnswer {
  order: string[];
}

/** One item's standing among one group of people (everyone, or one sector). */
export interface ItemResult {
  id: string;
  /** Its place among the group's items: equal points and equal mean position share a place. */
  place: number;
  /** Borda points: n − position from each person who ranked it (n: how many items they ranked). */
  points: number;
  /** Mean of the positions it was given (1 = first), two decimals; null when nobody ranked it. */
  meanPosition: number | null;
  /** The highest and lowest position it was given; null when nobody ranked it. */
  best: number | null;
  worst: number | null;
  /** How many put it at each position: `positions[0]` at 1st place, one entry per config item. */
  positions: number[];
  /** How many ranked it. */
  respondents: number;
}

/**
 * The results (`activity:results`). Before reveal the projector gets the counts of people only:
 * `items: []` and `bySector: {}`.
 */
export interface RankingResults {
  /** Participants whose stored ranking holds at least one current item. */
  respondents: number;
  respondentsBySector: BySector;
  /** Every current item, best first (points, then mean position, then the config's order). */
  items: ItemResult[];
  /** The same per sector, for sectors with at least one respondent. */
  bySector: Partial<Record<Sector, ItemResult[]>>;
}

/** A ranking has results and responses; no co-edited texts. */
export const RANKING_CAPS = { document: false, results: true, responses: true } as const;

/** Bounds the schema and the views share (the client imports these without zod). */
export const RANKING_LIMITS = {
  itemsMin: 2,
  itemsMax: 30,
  /** A list's priority fits whole (LIMITS.priorityTextLength); longer merged texts are cut. */
  itemLength: 500,
} as const;
