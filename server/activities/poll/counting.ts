import { createHash } from 'node:crypto';
import { answerOf, type PollBallot, tallyPoll } from '../../../shared/activities/poll/rules.ts';
import type { PollConfig, PollResults } from '../../../shared/activities/poll/types.ts';
import type { ResponseBallot } from '../../db/responseRepo.ts';
import type { ActivityContext } from '../module.ts';

/*
 * The one counting path of a poll, in its own file so the module's `results`, its commands and its
 * export section all call it without importing each other.
 */

/** The key a poll's whole answer is stored under (one row per participant). */
export const ANSWER_KEY = '';
/**
 * The key of the words the facilitator hid (beside the answer, in the participant's rows): the
 * words themselves, so new words from the same participant are shown until hidden in turn.
 */
export const HIDDEN_KEY = 'hidden';

type Ctx = ActivityContext<PollConfig>;

/**
 * A participant's id in this poll for screens: results reach participants once revealed, and
 * must not tell them who wrote what. A hash of the activity and participant: stable, opaque.
 */
export const opaqueId = (activityId: string, participantId: string): string =>
  createHash('sha256').update(`${activityId}:${participantId}`).digest('base64url').slice(0, 16);

export interface StoredBallot extends PollBallot {
  participantId: string;
}

function ballotOf(ctx: Ctx, row: ResponseBallot): StoredBallot | null {
  const answer = answerOf(row.entries[ANSWER_KEY]);
  if (!answer) return null;
  return {
    participantId: row.participantId,
    id: opaqueId(ctx.activity.id, row.participantId),
    sector: row.sector,
    answer,
    otherHidden: answer.other !== '' && row.entries[HIDDEN_KEY] === answer.other,
  };
}

/** Every stored answer with its writer, in a stable order (by participant id). */
export function storedBallots(ctx: Ctx): StoredBallot[] {
  return ctx.repos.responses.ballots(ctx.activity.id).flatMap((row) => ballotOf(ctx, row) ?? []);
}

/** Every stored answer counted by the shared rules. */
export function countPoll(ctx: Ctx): PollResults {
  return tallyPoll(ctx.activity.config, storedBallots(ctx));
}
