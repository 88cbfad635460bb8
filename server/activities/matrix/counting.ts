import { type MatrixBallot, placementsOf, tallyMatrix } from '../../../shared/activities/matrix/rules.ts';
import type { MatrixConfig, MatrixResults } from '../../../shared/activities/matrix/types.ts';
import type { ActivityContext } from '../module.ts';

/*
 * The one counting path of a matrix, in its own file so the module's `results` and its export
 * section both call it without importing each other.
 */
export function countMatrix(ctx: ActivityContext<MatrixConfig>): MatrixResults {
  const ballots: MatrixBallot[] = ctx.repos.responses
    .ballots(ctx.activity.id)
    .map(({ sector, entries }) => ({ sector, placements: placementsOf(entries) }));
  return tallyMatrix(ctx.activity.config, ballots);
}
