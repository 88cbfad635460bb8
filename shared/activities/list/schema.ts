import { z } from 'zod';
import { LIMITS } from '../../limits.ts';
import { text } from '../../protocol/textSchema.ts';

const id = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/);

export const listConfig = z.strictObject({ prompt: text(LIMITS.promptLength).default('') });

/** The list's commands (`activity:command` with `name`); who may send each is in its module. */
export const listCommands = {
  add: z.strictObject({ text: text(LIMITS.priorityTextLength).min(1) }),
  hide: z.strictObject({ itemId: id, hidden: z.boolean() }),
  move: z.strictObject({ itemId: id, toIndex: z.number().int().min(0).max(LIMITS.prioritiesPerWorkshop) }),
  merge: z.strictObject({ sourceId: id, targetId: id }),
};
