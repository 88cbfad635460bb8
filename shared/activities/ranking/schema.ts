import { z } from 'zod';
import { LIMITS } from '../../limits.ts';
import { text } from '../../protocol/textSchema.ts';
import { RANKING_LIMITS } from './types.ts';

const itemId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
const activityId = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/);

export const rankingItem = z.strictObject({
  id: itemId,
  text: text(RANKING_LIMITS.itemLength).pipe(z.string().min(1)),
});

export const rankingConfig = z
  .strictObject({
    prompt: text(LIMITS.promptLength).default(''),
    items: z
      .array(rankingItem)
      .min(RANKING_LIMITS.itemsMin)
      .max(RANKING_LIMITS.itemsMax)
      .default([
        { id: 'item-1', text: 'Punkt 1' },
        { id: 'item-2', text: 'Punkt 2' },
      ]),
  })
  // Rankings are stored by item id: two items under one id would share their places.
  .refine((c) => new Set(c.items.map((i) => i.id)).size === c.items.length, { path: ['items'] });

/** The participant's whole order: every item id once (checked against the config by the rules). */
export const rankingResponse = z.strictObject({
  order: z.array(itemId).min(1).max(RANKING_LIMITS.itemsMax),
});

/** The ranking's commands (`activity:command` with `name`); who may send each is in its module. */
export const rankingCommands = {
  /** The visible items' texts of a list of the same workshop, as ranking items (not stored). */
  importItems: z.strictObject({ fromActivityId: activityId }),
};
