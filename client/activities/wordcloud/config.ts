import { WORDCLOUD_DEFAULTS } from '../../../shared/activities/wordcloud/limits.ts';
import type { WordcloudConfig } from '../../../shared/activities/wordcloud/types.ts';

/**
 * A word cloud's config as the server sent it (its schema checked it there); null if it is not
 * one, so a screen shows a note rather than a form it cannot read.
 */
export function wordcloudConfigOf(config: unknown): WordcloudConfig | null {
  if (typeof config !== 'object' || config === null) return null;
  const c = config as Partial<Record<keyof WordcloudConfig, unknown>>;
  if (typeof c.maxWordsPerParticipant !== 'number' || typeof c.maxLength !== 'number') return null;
  return {
    prompt: typeof c.prompt === 'string' ? c.prompt : '',
    maxWordsPerParticipant: c.maxWordsPerParticipant,
    maxLength: c.maxLength,
    showLive: typeof c.showLive === 'boolean' ? c.showLive : WORDCLOUD_DEFAULTS.showLive,
    preModeration: c.preModeration === true,
  };
}
