import { z } from 'zod';
import { LIMITS } from '../../limits.ts';
import { text } from '../../protocol/textSchema.ts';
import { IDEAS_DEFAULTS, IDEAS_LIMITS } from './types.ts';

const id = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/);

export const ideasConfig = z.strictObject({
  prompt: text(LIMITS.promptLength).default(''),
  preModeration: z.boolean().default(IDEAS_DEFAULTS.preModeration),
  participantsGroup: z.boolean().default(IDEAS_DEFAULTS.participantsGroup),
  maxPerParticipant: z
    .number()
    .int()
    .min(1)
    .max(IDEAS_LIMITS.perParticipantMax)
    .default(IDEAS_DEFAULTS.maxPerParticipant),
});

const cardId = z.strictObject({ cardId: id });

/** The commands (`activity:command` with `name`); who may send each is in the module. */
export const ideasCommands = {
  /** A new card; `id` is the phone's own, so a retry finds the stored card instead of adding one. */
  post: z.strictObject({ id, text: text(IDEAS_LIMITS.cardLength).min(1) }),
  createTheme: z.strictObject({ name: text(IDEAS_LIMITS.themeNameLength).min(1) }),
  renameTheme: z.strictObject({ themeId: id, name: text(IDEAS_LIMITS.themeNameLength).min(1) }),
  deleteTheme: z.strictObject({ themeId: id }),
  /** Into a theme, or back to the ungrouped cards (`themeId: null`). */
  moveCard: z.strictObject({ cardId: id, themeId: id.nullable() }),
  /** The themes in a new order: those named come first, in this order; the rest follow as they were. */
  reorderThemes: z.strictObject({
    themeIds: z
      .array(id)
      .min(1)
      .max(IDEAS_LIMITS.themesPerActivity)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate id' }),
  }),
  approve: cardId,
  hide: cardId,
  restore: cardId,
};

/**
 * Cards are posted with the `post` command (it knows the sender's sector); no `activity:respond`
 * value is valid. The response hook is there for `mine` (one's own cards) and `reset`.
 */
export const ideasResponse = z.never();
