import { votableOf } from '../../../shared/activities/dots/rules.ts';
import { type Ballot, tally } from '../../../shared/activities/dots/tally.ts';
import type {
  Allocation,
  DotsConfig,
  LabelledVoteItem,
  NumberedVoteItem,
  Tally,
} from '../../../shared/activities/dots/types.ts';
import { itemNumbers } from '../../../shared/domain/itemNumbers.ts';
import type { ActivityContext } from '../module.ts';

/*
 * The one counting path of dot voting, in its own file so the module's `results` and its export
 * section both call it without importing each other.
 */

type Ctx = ActivityContext<DotsConfig>;

/** The source list's active items, in its order, with the list's numbers: what is voted on. */
export function voteItems(ctx: Ctx): NumberedVoteItem[] {
  const items = ctx.items(ctx.activity.config.sourceActivityId);
  const numbers = itemNumbers(items);
  return items
    .filter((p) => p.mergedInto === null)
    .map(({ id, hidden, mergedFrom }) => ({
      id,
      hidden,
      n: numbers.get(id) ?? 0,
      merged: mergedFrom.length,
    }));
}

/** The items with their texts, for the view; the texts are read only here, not on every vote. */
export function labelledItems(ctx: Ctx): LabelledVoteItem[] {
  const texts = ctx.texts(ctx.activity.config.sourceActivityId) ?? {};
  return voteItems(ctx).map((p) => ({ ...p, label: p.hidden ? '' : (texts[p.id] ?? '') }));
}

/** A stored response as an allocation: positive whole numbers only. */
export const allocationOf = (entries: Record<string, unknown>): Allocation => {
  const out: Allocation = {};
  for (const [key, value] of Object.entries(entries))
    if (typeof value === 'number' && value > 0) out[key] = value;
  return out;
};

/** Every stored ballot counted by the shared rules: dots on hidden items do not count. */
export function countDots(ctx: Ctx): Tally {
  const ballots: Ballot[] = ctx.repos.responses
    .ballots(ctx.activity.id)
    .map(({ sector, entries }) => ({ sector, allocation: allocationOf(entries) }));
  return tally(ballots, votableOf(voteItems(ctx)).visible);
}
