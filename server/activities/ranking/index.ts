import {
  acceptRanking,
  answerOf,
  EMPTY_ANSWER,
  sameItems,
} from '../../../shared/activities/ranking/rules.ts';
import {
  rankingCommands,
  rankingConfig,
  rankingResponse,
} from '../../../shared/activities/ranking/schema.ts';
import {
  RANKING_CAPS,
  RANKING_TYPE,
  type RankingAnswer,
  type RankingConfig,
  type RankingResults,
  type RankingView,
} from '../../../shared/activities/ranking/types.ts';
import { fail, ok } from '../../../shared/domain/result.ts';
import { type ActivityContext, type ActivityModule, command } from '../module.ts';
import { ANSWER_KEY, countRanking } from './counting.ts';
import { rankingSection } from './exportSection.ts';
import { importFromList } from './importItems.ts';
import { RANKING_LABELS } from './labels.ts';

const VIEW: RankingView = {};
const FACILITATOR = ['facilitator'] as const;

/** Each participant orders the same items; Borda points with the spread (shared/activities/ranking). */
export const rankingModule: ActivityModule<RankingConfig> = {
  type: RANKING_TYPE,
  caps: RANKING_CAPS,
  config: {
    schema: rankingConfig,
    version: 1,
    migrate: (raw) => raw,
    // Two items to start from, in the workshop's first language; the setup replaces them (or
    // fetches a list's items).
    defaults: () => ({
      items: [
        { id: 'item-1', text: RANKING_LABELS.sv.firstItem },
        { id: 'item-2', text: RANKING_LABELS.sv.secondItem },
      ],
    }),
  },
  checkConfig: (ctx, next, resetResponses) => {
    // Stored orders were given to the stored items: rewording or removing one needs them cleared
    // first. A new prompt, a new config order or added items keep them (see sameItems).
    if (!sameItems(ctx.activity.config, next) && !resetResponses && ctx.repos.responses.has(ctx.activity.id))
      return fail('VOTE_RULES_LOCKED');
    return ok(null);
  },
  commands: {
    importItems: command({
      schema: rankingCommands.importItems,
      roles: FACILITATOR,
      run: (ctx: ActivityContext<RankingConfig>, { fromActivityId }) => {
        // Replacing the items would clear the answers; say so before anything is fetched.
        if (ctx.repos.responses.has(ctx.activity.id)) return fail('VOTE_RULES_LOCKED');
        return importFromList(ctx, fromActivityId);
      },
    }),
  },
  response: {
    schema: rankingResponse,
    respond: (ctx, participantId, value: RankingAnswer, origin) => {
      const a = ctx.activity;
      const accepted = acceptRanking(a.status, a.config, value);
      if (!accepted.ok) return accepted;
      const answer = accepted.value;
      // Replaced whole and committed before the ack: a retry never counts twice.
      ctx.repos.responses.replace(a.id, participantId, { [ANSWER_KEY]: answer }, ctx.now());
      ctx.mineChanged(participantId, answer, origin);
      ctx.resultsChanged();
      return ok({ answer });
    },
    mine: (ctx, participantId) =>
      answerOf(ctx.repos.responses.of(ctx.activity.id, participantId)[ANSWER_KEY]) ?? EMPTY_ANSWER,
    empty: EMPTY_ANSWER,
  },
  view: () => VIEW,
  results: (ctx): RankingResults => countRanking(ctx),
  // Before the reveal the projector shows how many have ranked, not how.
  redact: (results) => ({ ...(results as RankingResults), items: [], bySector: {} }),
  exportSection: rankingSection,
};
