import type { BySector, Sector } from '../../domain/sectors.ts';

/** A poll: one question, single or multiple choice, optionally an "other" answer in free text. */
export const POLL_TYPE = 'poll';

/** An option keeps its id through edits, so a reorder never moves answers to another option. */
export interface PollOption {
  id: string;
  text: string;
}

export interface PollConfig {
  /** The question, shown above the options on every screen; may be empty (the title then asks). */
  question: string;
  options: PollOption[];
  /** Several options may be chosen (up to `maxChoices`); otherwise exactly one. */
  multiple: boolean;
  /** With `multiple`: the most choices one participant makes, "other" included. */
  maxChoices: number;
  /** An "other" answer with the participant's own words (counted as one choice). */
  allowOther: boolean;
}

/** A participant's whole answer (`activity:respond` value), replaced whole on every change. */
export interface PollAnswer {
  /** Chosen option ids, in the poll's order, no duplicates. */
  choices: string[];
  /** The "other" answer's words; '' when not chosen. Trimmed and NFC-normalised. */
  other: string;
}

/** The poll's state for every role: everything is in the config, so the view is empty. */
export type PollView = Record<string, never>;

export interface OptionTally {
  total: number;
  bySector: BySector;
}

export interface OtherAnswer {
  /** Stands for its writer within this poll, without telling who they are (for moderation). */
  id: string;
  text: string;
  sector: Sector;
}

/**
 * The results (`activity:results`). Before the reveal the projector gets the respondent counts
 * only: `byOption` empty, `other` null and no texts.
 */
export interface PollResults {
  respondents: number;
  respondentsBySector: BySector;
  /** Choices per option id, overall and per sector. */
  byOption: Record<string, OptionTally>;
  /** "Other" answers counted like an option; null when the poll takes none (or redacted). */
  other: OptionTally | null;
  /** The "other" answers' words, in a stable order (not who wrote first); hidden ones left out (still counted). */
  otherTexts: OtherAnswer[];
  /** "Other" answers the facilitator has hidden: their words reach no screen but the control room's list. */
  otherHidden: number;
}

/** A poll has results and responses; no co-edited texts. */
export const POLL_CAPS = { document: false, results: true, responses: true } as const;
