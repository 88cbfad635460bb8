import { z } from 'zod';
import { LIMITS, VOTE_DEFAULTS } from '../../limits.ts';

const id = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/);
const dots = z.number().int().min(1).max(LIMITS.dotsPerParticipantMax);

export const dotsConfig = z
  .strictObject({
    sourceActivityId: id,
    dotsPerParticipant: dots.default(VOTE_DEFAULTS.dotsPerParticipant),
    maxPerPriority: dots.default(VOTE_DEFAULTS.maxPerPriority),
  })
  .refine((c) => c.maxPerPriority <= c.dotsPerParticipant, { path: ['maxPerPriority'] });

/** A cast: the participant's whole allocation (`activity:respond` value). */
export const dotsResponse = z.strictObject({
  allocation: z
    .record(id, z.number().int().min(0).max(LIMITS.dotsPerParticipantMax))
    .refine((a) => Object.keys(a).length <= LIMITS.prioritiesPerWorkshop),
});
