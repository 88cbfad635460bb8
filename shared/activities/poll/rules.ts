import { fail, ok, type Result } from '../../domain/result.ts';
import { emptyBySector, type Sector } from '../../domain/sectors.ts';
import type { ActivityStatus } from '../../domain/workshop.ts';
import type { OptionTally, PollAnswer, PollConfig, PollResults } from './types.ts';

export const EMPTY_ANSWER: PollAnswer = { choices: [], other: '' };

/** The most choices one participant may make now, "other" included. */
export function maxChoicesOf(config: PollConfig): number {
  if (!config.multiple) return 1;
  return Math.max(1, Math.min(config.maxChoices, config.options.length + (config.allowOther ? 1 : 0)));
}

/** How many choices an answer makes: its options, and "other" when it has words. */
export const choiceCount = (answer: PollAnswer): number => answer.choices.length + (answer.other ? 1 : 0);

export const isEmptyAnswer = (answer: PollAnswer): boolean => choiceCount(answer) === 0;

/**
 * Decides whether an answer may be stored now; returns it in one form (the poll's option order,
 * no duplicates). An empty answer withdraws the participant's answer.
 */
export function acceptAnswer(
  status: ActivityStatus,
  config: PollConfig,
  answer: PollAnswer,
): Result<PollAnswer> {
  if (status !== 'open') return fail('VOTING_CLOSED');
  const chosen = new Set(answer.choices);
  const known = new Set(config.options.map((o) => o.id));
  for (const id of chosen) if (!known.has(id)) return fail('VALIDATION');
  if (answer.other && !config.allowOther) return fail('VALIDATION');
  const normal: PollAnswer = {
    choices: config.options.filter((o) => chosen.has(o.id)).map((o) => o.id),
    other: answer.other,
  };
  if (choiceCount(normal) > maxChoicesOf(config)) return fail('TOO_MANY_CHOICES');
  return ok(normal);
}

/**
 * Whether stored answers were given to the same ballot: the question, the options (id and text;
 * their order may change, answers follow the ids) and the rules. Anything else needs a reset.
 */
export function sameBallot(a: PollConfig, b: PollConfig): boolean {
  if (a.question !== b.question || a.multiple !== b.multiple || a.allowOther !== b.allowOther) return false;
  if (a.multiple && a.maxChoices !== b.maxChoices) return false;
  if (a.options.length !== b.options.length) return false;
  const textOf = new Map(b.options.map((o) => [o.id, o.text]));
  return a.options.every((o) => textOf.get(o.id) === o.text);
}

export interface PollBallot {
  /** The writer's opaque id in this poll (see OtherAnswer.id). */
  id: string;
  sector: Sector;
  answer: PollAnswer;
  /** The facilitator hid this ballot's "other" words. */
  otherHidden: boolean;
}

const emptyTally = (): OptionTally => ({ total: 0, bySector: emptyBySector() });

/**
 * The one way a poll is counted, for every screen and every export: choices of the current
 * options only, "other" only while the poll takes it; a respondent is a participant with at least
 * one counted choice. A hidden "other" still counts as a choice: only its words are withheld.
 */
export function tallyPoll(config: PollConfig, ballots: readonly PollBallot[]): PollResults {
  const byOption: Record<string, OptionTally> = {};
  for (const o of config.options) byOption[o.id] = emptyTally();
  const other = config.allowOther ? emptyTally() : null;
  const result: PollResults = {
    respondents: 0,
    respondentsBySector: emptyBySector(),
    byOption,
    other,
    otherTexts: [],
    otherHidden: 0,
  };
  for (const { id, sector, answer, otherHidden } of ballots) {
    let counted = 0;
    for (const id of new Set(answer.choices)) {
      const row = byOption[id];
      if (!row) continue;
      row.total += 1;
      row.bySector[sector] += 1;
      counted += 1;
    }
    if (other && answer.other) {
      other.total += 1;
      other.bySector[sector] += 1;
      if (otherHidden) result.otherHidden += 1;
      else result.otherTexts.push({ id, text: answer.other, sector });
      counted += 1;
    }
    if (counted > 0) {
      result.respondents += 1;
      result.respondentsBySector[sector] += 1;
    }
  }
  return result;
}

/** A stored value as an answer; null when it is not one (nothing counted from it). */
export function answerOf(value: unknown): PollAnswer | null {
  if (typeof value !== 'object' || value === null || !('choices' in value)) return null;
  const { choices } = value;
  const other = 'other' in value ? value.other : '';
  if (!Array.isArray(choices) || !choices.every((c) => typeof c === 'string')) return null;
  if (typeof other !== 'string') return null;
  return { choices: choices as string[], other };
}

/** The share of respondents who made a choice, in whole percent (0 when nobody answered). */
export const percentOf = (count: number, respondents: number): number =>
  respondents > 0 ? Math.round((count / respondents) * 100) : 0;
