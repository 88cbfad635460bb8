import { z } from 'zod';
import { LIMITS } from '../../limits.ts';
import { WORDCLOUD_DEFAULTS, WORDCLOUD_LIMITS } from './limits.ts';

/** Texts as people typed them, in one Unicode form, white space collapsed. */
const text = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((s) => s.normalize('NFC').replace(/\s+/gu, ' ').trim())
    .pipe(z.string().max(max));

export const wordcloudConfig = z.strictObject({
  prompt: text(LIMITS.promptLength).default(''),
  maxWordsPerParticipant: z
    .number()
    .int()
    .min(WORDCLOUD_LIMITS.wordsMin)
    .max(WORDCLOUD_LIMITS.wordsMax)
    .default(WORDCLOUD_DEFAULTS.maxWordsPerParticipant),
  maxLength: z
    .number()
    .int()
    .min(WORDCLOUD_LIMITS.lengthMin)
    .max(WORDCLOUD_LIMITS.lengthMax)
    .default(WORDCLOUD_DEFAULTS.maxLength),
  showLive: z.boolean().default(WORDCLOUD_DEFAULTS.showLive),
  preModeration: z.boolean().default(WORDCLOUD_DEFAULTS.preModeration),
});

/**
 * Participants answer through commands (`answer`, `withdraw`: the command carries who they are, and
 * an answer keeps its writer's sector); `activity:respond` takes nothing.
 */
export const wordcloudResponse = z.never();

const entryId = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/);

/** The word cloud's commands (`activity:command` with `name`); who may send each is in its module. */
export const wordcloudCommands = {
  /** A participant's new answer; each is checked against the config's `maxLength` by the rules. */
  answer: z.strictObject({ text: text(WORDCLOUD_LIMITS.lengthMax).pipe(z.string().min(1)) }),
  /** A participant takes back one of their answers. */
  withdraw: z.strictObject({ id: entryId }),
  /** Shows (approves or restores) or hides answers: one, or a term's at once (its undo). */
  moderate: z.strictObject({
    ids: z.array(entryId).min(1).max(WORDCLOUD_LIMITS.moderateMax),
    status: z.enum(['shown', 'hidden']),
  }),
  /** Hides every shown answer counted into the term that `key` (any of its folded forms) is in. */
  hideTerm: z.strictObject({
    key: z
      .string()
      .min(1)
      .max(WORDCLOUD_LIMITS.lengthMax * 4),
  }),
};
