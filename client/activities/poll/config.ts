import type { PollConfig, PollOption } from '../../../shared/activities/poll/types.ts';

/** The key of the "other" row among the options' results: never an option id (no colon there). */
export const OTHER_ROW = 'other:';

const isOption = (o: unknown): o is PollOption =>
  typeof o === 'object' &&
  o !== null &&
  'id' in o &&
  'text' in o &&
  typeof o.id === 'string' &&
  typeof o.text === 'string';

/**
 * A poll's config as the server sent it (its schema checked it there); null if it is not one, so
 * a screen shows nothing to answer rather than a ballot it cannot read.
 */
export function pollConfigOf(config: unknown): PollConfig | null {
  if (typeof config !== 'object' || config === null) return null;
  if (!('options' in config && 'multiple' in config && 'maxChoices' in config && 'allowOther' in config))
    return null;
  const { options, multiple, maxChoices, allowOther } = config;
  const question = 'question' in config && typeof config.question === 'string' ? config.question : '';
  if (!Array.isArray(options) || !options.every(isOption)) return null;
  if (typeof multiple !== 'boolean' || typeof allowOther !== 'boolean' || typeof maxChoices !== 'number')
    return null;
  return { question, options, multiple, maxChoices, allowOther };
}
