import type { BySector } from '../../domain/sectors.ts';

/** Dot voting over the items of another activity (a co-edited list). */
export const DOTS_TYPE = 'dots';

/** The round's rules. */
export interface VoteConfig {
  dotsPerParticipant: number;
  maxPerPriority: number;
}

export interface DotsConfig extends VoteConfig {
  /** The list whose items are voted on; an activity of the same workshop. */
  sourceActivityId: string;
}

/** An item voted on, as far as voting needs it: dots on a hidden one stay stored but do not count. */
export interface VoteItem {
  id: string;
  hidden: boolean;
}

/** An item as screens show it: `n` is its number in the source list, the same on every screen. */
export interface NumberedVoteItem extends VoteItem {
  n: number;
  /** How many earlier items were merged into this one (0: none), so screens can say so. */
  merged: number;
}

/**
 * An item as the room's screens show it, with its text as the source list has it now: '' while
 * hidden, so a hidden text never reaches a phone. Sent in the view so a voting phone needs no
 * copy of the list's document (and none of the Yjs code, docs/performance.md).
 */
export interface LabelledVoteItem extends NumberedVoteItem {
  label: string;
}

/** The dot voting's state for every role (`activity:state`): the source's items in its order. */
export interface DotsView {
  items: LabelledVoteItem[];
}

/** Dots a participant has placed, by item id: their response, replaced whole on every cast. */
export type Allocation = Record<string, number>;

export interface PriorityTally {
  total: number;
  bySector: BySector;
}

/** The results (`activity:results`). Before reveal the projector gets it without `byPriority`. */
export interface Tally {
  totalDots: number;
  voters: number;
  votersBySector: BySector;
  byPriority: Record<string, PriorityTally>;
}

/** Dot voting has results and responses; its texts are its source list's. */
export const DOTS_CAPS = { document: false, results: true, responses: true } as const;
