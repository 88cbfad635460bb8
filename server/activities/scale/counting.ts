import { ratingsOf, type ScaleBallot, tallyScale } from '../../../shared/activities/scale/rules.ts';
import type { ScaleConfig, ScaleResults } from '../../../shared/activities/scale/types.ts';
import type { ActivityContext } from '../module.ts';

/*
 * The one counting path of scales, in its own file so the module's `results` and its export
 * section both call it without importing each other.
 */
export function countScale(ctx: ActivityContext<ScaleConfig>): ScaleResults {
  const ballots: ScaleBallot[] = ctx.repos.responses
    .ballots(ctx.activity.id)
    .map(({ sector, entries }) => ({ sector, ratings: ratingsOf(entries) }));
  return tallyScale(ctx.activity.config, ballots);
}
