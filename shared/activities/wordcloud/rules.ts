import type { EntryStatus } from '../../domain/entries.ts';
import { fail, ok, type Result } from '../../domain/result.ts';
import type { ActivityStatus } from '../../domain/workshop.ts';
import { WORDCLOUD_LIMITS } from './limits.ts';
import { normalizeAnswer, sameAnswerKey } from './terms.ts';
import type { OwnAnswer, WordcloudConfig, WordcloudMine } from './types.ts';

export const EMPTY_MINE: WordcloudMine = { answers: [] };

/**
 * Decides a participant's new answer against the answers they have stored. The same text again
 * (differing only in case or spacing) is the stored answer, not a second one: a retry after a
 * lost ack adds nothing (`existing`). Hidden answers keep their place in the participant's count,
 * so hiding never hands out another go. `roomCount` is how many answers the activity has that are
 * not hidden: a flood the facilitator hid does not leave the cloud full for everyone.
 */
export function acceptAnswer(
  status: ActivityStatus,
  config: WordcloudConfig,
  stored: readonly OwnAnswer[],
  raw: string,
  roomCount: number,
): Result<{ text: string; existing: OwnAnswer | null }> {
  if (status !== 'open') return fail('VOTING_CLOSED');
  const text = normalizeAnswer(raw);
  if (!text) return fail('VALIDATION');
  if (text.length > config.maxLength) return fail('TEXT_TOO_LONG');
  const key = sameAnswerKey(text);
  const existing = stored.find((a) => sameAnswerKey(a.text) === key) ?? null;
  if (existing) return ok({ text: existing.text, existing });
  if (stored.length >= config.maxWordsPerParticipant) return fail('TOO_MANY_POSTS');
  if (roomCount >= WORDCLOUD_LIMITS.answersPerActivity) return fail('TOO_MANY_POSTS');
  return ok({ text, existing: null });
}

/**
 * Whether a participant may take back one of their answers: while answers are open, and not a
 * hidden one (the facilitator's decision stays, in the data and the export). An id they do not
 * have is already gone: a retry after a lost ack succeeds (null: nothing to delete).
 */
export function acceptWithdraw(
  status: ActivityStatus,
  stored: readonly OwnAnswer[],
  id: string,
): Result<OwnAnswer | null> {
  if (status !== 'open') return fail('VOTING_CLOSED');
  const answer = stored.find((a) => a.id === id) ?? null;
  if (answer?.status === 'hidden') return fail('FORBIDDEN');
  return ok(answer);
}

/** Answers still to send: hidden ones hold their place too. */
export const remainingOf = (config: WordcloudConfig, mine: WordcloudMine): number =>
  Math.max(0, config.maxWordsPerParticipant - mine.answers.length);

/**
 * Whether answers given under `stored` still answer `next`: the same question, and no tighter
 * bounds (a facilitator may give everyone another word mid-session). Anything else clears them.
 */
export const keepsAnswers = (stored: WordcloudConfig, next: WordcloudConfig): boolean =>
  stored.prompt === next.prompt &&
  next.maxWordsPerParticipant >= stored.maxWordsPerParticipant &&
  next.maxLength >= stored.maxLength;

const STATUSES: readonly string[] = ['pending', 'shown', 'hidden'] satisfies EntryStatus[];

const isOwnAnswer = (v: unknown): v is OwnAnswer =>
  typeof v === 'object' &&
  v !== null &&
  'id' in v &&
  'text' in v &&
  'status' in v &&
  typeof v.id === 'string' &&
  typeof v.text === 'string' &&
  typeof v.status === 'string' &&
  STATUSES.includes(v.status);

/** A stored or pushed value as the participant's answers; null when it is not that shape. */
export function mineOf(value: unknown): WordcloudMine | null {
  if (typeof value !== 'object' || value === null || !('answers' in value)) return null;
  const { answers } = value;
  if (!Array.isArray(answers) || !answers.every(isOwnAnswer)) return null;
  return { answers };
}
