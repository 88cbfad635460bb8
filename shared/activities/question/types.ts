import type { EntryStatus } from '../../domain/entries.ts';
import type { BySector, Sector } from '../../domain/sectors.ts';

/**
 * An open question (participants answer in free text) or a Q&A (participants ask, the room
 * upvotes, the facilitator highlights and marks questions answered). Posts are the core's entries.
 */
export const QUESTION_TYPE = 'question';

export type QuestionMode = 'answers' | 'qa';
export type QuestionSort = 'votes' | 'time';

export interface QuestionConfig {
  /** The question (answers) or the topic (qa); may be empty (the title then asks). */
  prompt: string;
  mode: QuestionMode;
  /** answers mode: the room sees answers as they arrive; otherwise only once revealed. */
  showLive: boolean;
  /** The facilitator approves every post before anyone else sees it. */
  preModeration: boolean;
  /** Posts one participant may send here. */
  maxPerParticipant: number;
  /** qa: the order the projector shows (the facilitator's choice); phones start from it. */
  sort: QuestionSort;
}

/** One post as a screen gets it. */
export interface QuestionPost {
  id: string;
  /** Its number, given when posted and never reused: the same on every screen, through hides. */
  n: number;
  text: string;
  /** Where it came from (provenance); null only when the writer's sector is unknown. */
  sector: Sector | null;
  /** The writer's name, only when the workshop shows names and they gave one. */
  author?: string;
  upvotes: number;
  highlighted: boolean;
  answered: boolean;
  createdAt: string;
  /** Staff only: shown, held for review, or hidden. */
  status?: EntryStatus;
  /** Staff only: the word filter held it. */
  filtered?: boolean;
}

/**
 * The state (`activity:state`). The room gets shown posts only (none when `withheld`); the
 * facilitators get every post with its status, and the counts of held and hidden ones.
 */
export interface QuestionView {
  /** In stored order (oldest first); each screen sorts for itself. */
  posts: QuestionPost[];
  /** How many posts the room sees, whether or not their words are withheld. */
  shown: number;
  /**
   * answers mode without `showLive`: the room's view never carries the words; they reach the room
   * in the results, once revealed (the core sends results again on every reveal and hide).
   */
  withheld: boolean;
  /** Staff only: posts held for review. */
  pending?: number;
  /** Staff only: posts taken down. */
  hidden?: number;
}

/** One of the participant's own posts, whatever its status. */
export interface MinePost {
  id: string;
  n: number;
  text: string;
  status: EntryStatus;
  createdAt: string;
}

/** What a participant has here (`activity:mine`): their posts and the posts they upvoted. */
export interface QuestionMine {
  posts: MinePost[];
  upvoted: string[];
}

/** A shown post in the results: the room's words, counted. */
export interface ResultPost extends Omit<QuestionPost, 'status' | 'filtered'> {
  /** Upvotes by the voter's sector. */
  upvotesBySector: BySector;
}

/** The results (`activity:results`): shown posts only, with their upvotes, and the sector counts. */
export interface QuestionResults {
  posts: number;
  upvotes: number;
  /** Shown posts by the writer's sector; upvotes (on shown posts) by the voter's sector. */
  bySector: { posts: BySector; upvotes: BySector };
  entries: ResultPost[];
}

/** Results (revealable), responses (the upvotes, cleared by a reset with the posts); no document. */
export const QUESTION_CAPS = { document: false, results: true, responses: true } as const;
