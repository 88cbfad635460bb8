import type { RankingConfig, RankingItem } from '../../../shared/activities/ranking/types.ts';

const isItem = (i: unknown): i is RankingItem =>
  typeof i === 'object' &&
  i !== null &&
  'id' in i &&
  'text' in i &&
  typeof i.id === 'string' &&
  typeof i.text === 'string';

/**
 * A ranking's config as the server sent it (its schema checked it there); null if it is not one,
 * so a screen shows a note rather than items it cannot read.
 */
export function rankingConfigOf(config: unknown): RankingConfig | null {
  if (typeof config !== 'object' || config === null || !('items' in config)) return null;
  const { items } = config;
  if (!Array.isArray(items) || !items.every(isItem)) return null;
  const prompt = 'prompt' in config && typeof config.prompt === 'string' ? config.prompt : '';
  return { prompt, items: items.map(({ id, text }) => ({ id, text })) };
}

/** An item's words by id ('' for one no longer in the config). */
export const textsOf = (config: RankingConfig): Map<string, string> =>
  new Map(config.items.map((i) => [i.id, i.text]));
