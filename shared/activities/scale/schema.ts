import { z } from 'zod';
import { LIMITS } from '../../limits.ts';
import { text } from '../../protocol/textSchema.ts';
import { SCALE_LIMITS, SKIP } from './types.ts';

const id = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/);

const statement = z.strictObject({ id, text: text(SCALE_LIMITS.statementLength).min(1) });

const labels = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('agree') }),
  z.strictObject({
    kind: z.literal('custom'),
    low: text(SCALE_LIMITS.labelLength).min(1),
    high: text(SCALE_LIMITS.labelLength).min(1),
  }),
]);

export const scaleConfig = z.strictObject({
  prompt: text(LIMITS.promptLength).default(''),
  statements: z
    .array(statement)
    .min(1)
    .max(SCALE_LIMITS.statements)
    // Ids key the stored ratings: two statements under one id would share them.
    .refine((s) => new Set(s.map((x) => x.id)).size === s.length, { message: 'duplicate id' }),
  labels: labels.default({ kind: 'agree' }),
  allowSkip: z.boolean().default(true),
});

const rating = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(SKIP),
]);

/** The participant's whole set of ratings (`activity:respond` value); partial answers allowed. */
export const scaleResponse = z.strictObject({
  ratings: z
    .record(id, rating)
    .refine((r) => Object.keys(r).length <= SCALE_LIMITS.statements, { message: 'too many' }),
});
