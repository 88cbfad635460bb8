import type { EntryStatus } from '../../domain/entries.ts';
import type { BySector, Sector } from '../../domain/sectors.ts';

/** A word cloud: participants send a few short answers; the room sees them counted as a cloud. */
export const WORDCLOUD_TYPE = 'wordcloud';

export interface WordcloudConfig {
  /** The question, shown on every screen; may be empty (the title then asks). */
  prompt: string;
  /** Answers one participant may have at a time (hidden ones included). */
  maxWordsPerParticipant: number;
  /** The longest answer, in characters. */
  maxLength: number;
  /** The projector shows the cloud while answers come in; otherwise only once revealed. */
  showLive: boolean;
  /** Every answer waits for the facilitator's approval before it counts. */
  preModeration: boolean;
}

/** One of the participant's own answers, with where it stands. */
export interface OwnAnswer {
  id: string;
  text: string;
  status: EntryStatus;
}

/** What the participant has (`activity:mine`, the ack's data): their answers, oldest first. */
export interface WordcloudMine {
  answers: OwnAnswer[];
}

/** An answer as the control room sees it: any status, with its provenance. */
export interface StaffAnswer {
  id: string;
  text: string;
  status: EntryStatus;
  /** Null when the answer has no sector (never for a participant's answer). */
  sector: Sector | null;
  /** The word filter held it back. */
  filtered: boolean;
  /** The writer's name, only when the workshop shows names and they gave one. */
  author?: string;
  createdAt: string;
}

/**
 * The state of a word cloud. The room gets `{}`: answers reach it only counted, in the results.
 * Facilitators get `answers` too (`staffView`): every answer, held and hidden ones included.
 */
export interface WordcloudView {
  answers?: StaffAnswer[];
}

/** One written form counted into a term, with how many answers used it. */
export interface TermForm {
  form: string;
  count: number;
}

export interface CloudTerm {
  /** A stable id of the term: one of its folded forms (the `hideTerm` command takes any of them). */
  key: string;
  /** What screens show: its most frequent written form (ties: the shortest, then alphabetical). */
  word: string;
  /** Participants who gave it (one's several answers folding to it count once). */
  count: number;
  bySector: BySector;
  /** The folded forms counted together, each shown in its most frequent writing, most used first. */
  forms: TermForm[];
}

/**
 * The results (`activity:results`): only answers shown to the room count. Before the reveal, a
 * cloud without `showLive` reaches the projector without its terms (the counts only).
 */
export interface WordcloudResults {
  /** Answers shown to the room (held and hidden ones are not counted). */
  answers: number;
  /** Participants with at least one shown answer. */
  respondents: number;
  respondentsBySector: BySector;
  /** Ranked: most participants first, then alphabetically; at most WORDCLOUD_LIMITS.resultTerms. */
  terms: CloudTerm[];
  /** Distinct terms in all (more than `terms.length` when some were left out). */
  termCount: number;
  /** The config's `showLive`, so the projector's redaction can follow it. */
  live: boolean;
}

/** Results and responses; no co-edited texts. */
export const WORDCLOUD_CAPS = { document: false, results: true, responses: true } as const;
