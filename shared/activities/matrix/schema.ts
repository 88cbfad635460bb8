import { z } from 'zod';
import { LIMITS } from '../../limits.ts';
import { text } from '../../protocol/textSchema.ts';
import { DEFAULT_AXES } from './defaults.ts';
import { MATRIX_LIMITS, MATRIX_VARIANTS } from './types.ts';

const id = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/);

const item = z.strictObject({ id, text: text(MATRIX_LIMITS.itemLength).min(1) });

const axis = z.strictObject({
  name: text(MATRIX_LIMITS.axisNameLength).min(1),
  low: text(MATRIX_LIMITS.axisWordLength).min(1),
  high: text(MATRIX_LIMITS.axisWordLength).min(1),
});

export const matrixConfig = z
  .strictObject({
    prompt: text(LIMITS.promptLength).default(''),
    variant: z.enum(MATRIX_VARIANTS).default('grid'),
    // Left out, the variant's own axes (a risk matrix is sannolikhet × konsekvens).
    axes: z.strictObject({ x: axis, y: axis }).optional(),
    items: z
      .array(item)
      .min(1)
      .max(MATRIX_LIMITS.items)
      // Ids key the stored placements: two items under one id would share them.
      .refine((s) => new Set(s.map((x) => x.id)).size === s.length, { message: 'duplicate id' }),
  })
  .transform((c) => ({ ...c, axes: c.axes ?? DEFAULT_AXES[c.variant] }));

const point = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

/** The participant's whole set of placements (`activity:respond` value); items left out are skipped. */
export const matrixResponse = z.strictObject({
  placements: z
    .record(id, z.strictObject({ x: point, y: point }))
    .refine((p) => Object.keys(p).length <= MATRIX_LIMITS.items, { message: 'too many' }),
});

/** `importItems`: the list whose visible items become this matrix's items. */
export const importItemsPayload = z.strictObject({ fromActivityId: id });
