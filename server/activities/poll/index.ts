import {
  acceptAnswer,
  answerOf,
  EMPTY_ANSWER,
  isEmptyAnswer,
  sameBallot,
} from '../../../shared/activities/poll/rules.ts';
import { pollCommands, pollConfig, pollResponse } from '../../../shared/activities/poll/schema.ts';
import {
  POLL_CAPS,
  POLL_TYPE,
  type PollAnswer,
  type PollConfig,
  type PollResults,
  type PollView,
} from '../../../shared/activities/poll/types.ts';
import { fail, ok } from '../../../shared/domain/result.ts';
import { type ActivityContext, type ActivityModule, command } from '../module.ts';
import { ANSWER_KEY, countPoll, HIDDEN_KEY, storedBallots } from './counting.ts';
import { pollSection } from './exportSection.ts';

const VIEW: PollView = {};
const FACILITATOR = ['facilitator'] as const;

/** A participant's rows: the answer, and the words the facilitator hid while they stand unchanged. */
function rowsOf(answer: PollAnswer, hidden: unknown): Record<string, unknown> {
  if (isEmptyAnswer(answer)) return {};
  const keepHidden = answer.other !== '' && hidden === answer.other;
  return keepHidden ? { [ANSWER_KEY]: answer, [HIDDEN_KEY]: hidden } : { [ANSWER_KEY]: answer };
}

/** A poll: single or multiple choice with an optional "other" (shared/activities/poll). */
export const pollModule: ActivityModule<PollConfig> = {
  type: POLL_TYPE,
  caps: POLL_CAPS,
  config: {
    schema: pollConfig,
    version: 1,
    migrate: (raw) => raw,
    // The schema fills in the rest: a yes/no question the facilitator rewrites in the setup.
    defaults: () => ({}),
  },
  checkConfig: (ctx, next, resetResponses) => {
    // Stored answers were given to the stored ballot; a reorder keeps them (they follow the option
    // ids), any other change would make them answers to a question nobody asked.
    const changed = !sameBallot(ctx.activity.config, next);
    if (changed && !resetResponses && ctx.repos.responses.has(ctx.activity.id))
      return fail('VOTE_RULES_LOCKED');
    return ok(null);
  },
  commands: {
    hideOther: command({
      schema: pollCommands.hideOther,
      roles: FACILITATOR,
      run: (ctx: ActivityContext<PollConfig>, { id, hidden }) => {
        const ballot = storedBallots(ctx).find((b) => b.id === id && b.answer.other !== '');
        if (!ballot) return fail('NOT_FOUND');
        // Hidden stays in the data, marked: the answer keeps counting, its words stay for the export.
        ctx.repos.responses.replace(
          ctx.activity.id,
          ballot.participantId,
          rowsOf(ballot.answer, hidden ? ballot.answer.other : null),
          ctx.now(),
        );
        ctx.resultsChanged();
        return ok(null);
      },
    }),
    hiddenOthers: command({
      schema: pollCommands.hiddenOthers,
      roles: FACILITATOR,
      run: (ctx: ActivityContext<PollConfig>, { limit }) =>
        ok({
          hidden: storedBallots(ctx)
            .filter((b) => b.otherHidden)
            .slice(0, limit)
            .map(({ id, sector, answer }) => ({ id, sector, text: answer.other })),
        }),
    }),
  },
  response: {
    schema: pollResponse,
    respond: (ctx, participantId, value: PollAnswer, origin) => {
      const a = ctx.activity;
      const accepted = acceptAnswer(a.status, a.config, value);
      if (!accepted.ok) return accepted;
      const answer = accepted.value;
      const hidden = ctx.repos.responses.of(a.id, participantId)[HIDDEN_KEY];
      // Committed before the caller acknowledges; an empty answer withdraws the stored one.
      ctx.repos.responses.replace(a.id, participantId, rowsOf(answer, hidden), ctx.now());
      ctx.mineChanged(participantId, answer, origin);
      ctx.resultsChanged();
      return ok({ answer });
    },
    mine: (ctx, participantId) =>
      answerOf(ctx.repos.responses.of(ctx.activity.id, participantId)[ANSWER_KEY]) ?? EMPTY_ANSWER,
    empty: EMPTY_ANSWER,
  },
  view: () => VIEW,
  results: (ctx): PollResults => countPoll(ctx),
  // Before the reveal the projector shows how many answered, not what, nor anyone's words.
  redact: (results) => ({
    ...(results as PollResults),
    byOption: {},
    other: null,
    otherTexts: [],
    otherHidden: 0,
  }),
  exportSection: pollSection,
};
