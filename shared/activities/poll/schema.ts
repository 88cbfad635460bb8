import { z } from 'zod';
import { LIMITS } from '../../limits.ts';
import { text } from '../../protocol/textSchema.ts';
import { POLL_DEFAULTS, POLL_LIMITS } from './limits.ts';

const optionId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);

export const pollOption = z.strictObject({
  id: optionId,
  text: text(POLL_LIMITS.optionLength).pipe(z.string().min(1)),
});

export const pollConfig = z
  .strictObject({
    question: text(LIMITS.promptLength).default(''),
    options: z
      .array(pollOption)
      .min(POLL_LIMITS.optionsMin)
      .max(POLL_LIMITS.optionsMax)
      .default([
        { id: 'opt-1', text: 'Ja' },
        { id: 'opt-2', text: 'Nej' },
      ]),
    multiple: z.boolean().default(POLL_DEFAULTS.multiple),
    maxChoices: z
      .number()
      .int()
      .min(1)
      .max(POLL_LIMITS.optionsMax + 1)
      .default(POLL_DEFAULTS.maxChoices),
    allowOther: z.boolean().default(POLL_DEFAULTS.allowOther),
  })
  // Answers are stored by option id: two options with one id would share their answers.
  .refine((c) => new Set(c.options.map((o) => o.id)).size === c.options.length, { path: ['options'] });

/** The participant's whole answer: chosen option ids and the "other" words ('' for none). */
export const pollResponse = z.strictObject({
  choices: z.array(optionId).max(POLL_LIMITS.optionsMax),
  other: text(POLL_LIMITS.otherLength).default(''),
});

/** The poll's commands (`activity:command` with `name`); who may send each is in its module. */
export const pollCommands = {
  /** Hides or shows again one "other" answer's words (by its `OtherAnswer.id`). */
  hideOther: z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{6,40}$/), hidden: z.boolean() }),
  /** The hidden "other" answers (at most `limit`), for the facilitator to restore. */
  hiddenOthers: z.strictObject({ limit: z.number().int().min(1).max(1000) }),
};
