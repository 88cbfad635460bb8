import { ranksAll } from '../../../shared/activities/ranking/rules.ts';
import type { RankingConfig } from '../../../shared/activities/ranking/types.ts';

/** Where the participant's order stands against what the server holds. */
export type SaveState = 'unsaved' | 'changed' | 'saving' | 'saved';

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * "Sparad" only when the server holds exactly the order on screen and it ranks every current item
 * (an item added since a save makes the stored order incomplete: it needs saving again);
 * "changed" when something is stored but differs; "unsaved" when nothing is stored.
 */
export function saveStateOf(
  config: RankingConfig,
  stored: readonly string[],
  shown: readonly string[],
  saving: boolean,
): SaveState {
  if (saving) return 'saving';
  if (ranksAll(config, stored) && same(stored, shown)) return 'saved';
  return stored.length > 0 ? 'changed' : 'unsaved';
}

export { same as sameOrder };
