import { answerOf, type RankingBallot, tallyRanking } from '../../../shared/activities/ranking/rules.ts';
import type { RankingConfig, RankingResults } from '../../../shared/activities/ranking/types.ts';
import type { ActivityContext } from '../module.ts';

/*
 * The one counting path of a ranking, in its own file so the module's `results` and its export
 * section both call it without importing each other.
 */

/** The key a ranking's whole order is stored under (one row per participant). */
export const ANSWER_KEY = '';

export function countRanking(ctx: ActivityContext<RankingConfig>): RankingResults {
  const ballots: RankingBallot[] = ctx.repos.responses
    .ballots(ctx.activity.id)
    .flatMap(({ sector, entries }) => {
      const answer = answerOf(entries[ANSWER_KEY]);
      return answer ? [{ sector, order: answer.order }] : [];
    });
  return tallyRanking(ctx.activity.config, ballots);
}
