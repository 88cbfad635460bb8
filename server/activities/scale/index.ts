import { acceptRatings, ratingsOf, sameRules } from '../../../shared/activities/scale/rules.ts';
import { scaleConfig, scaleResponse } from '../../../shared/activities/scale/schema.ts';
import {
  type Ratings,
  SCALE_CAPS,
  SCALE_TYPE,
  type ScaleConfig,
  type ScaleResults,
  type ScaleView,
} from '../../../shared/activities/scale/types.ts';
import { fail, ok } from '../../../shared/domain/result.ts';
import { newId } from '../../db/ids.ts';
import type { ActivityModule } from '../module.ts';
import { countScale } from './counting.ts';
import { scaleSection } from './exportSection.ts';
import { SCALE_LABELS } from './labels.ts';

/** Statements rated 1–5: distributions per statement, overall and per sector (shared/activities/scale). */
export const scaleModule: ActivityModule<ScaleConfig> = {
  type: SCALE_TYPE,
  caps: SCALE_CAPS,
  config: {
    schema: scaleConfig,
    version: 1,
    migrate: (raw) => raw,
    // One statement to start from, in the workshop's first language; the setup form replaces it.
    defaults: () => ({ statements: [{ id: newId(), text: SCALE_LABELS.sv.firstStatement }] }),
  },
  checkConfig: (ctx, next, resetResponses) => {
    // Stored ratings were given to the stored statements on the stored scale: rewording,
    // removing or relabelling needs them cleared first. Adding and reordering do not.
    if (!sameRules(ctx.activity.config, next) && !resetResponses && ctx.repos.responses.has(ctx.activity.id))
      return fail('VOTE_RULES_LOCKED');
    return ok(null);
  },
  commands: {},
  response: {
    schema: scaleResponse,
    respond: (ctx, participantId, value: { ratings: Ratings }, origin) => {
      const a = ctx.activity;
      const accepted = acceptRatings(a.status, a.config, value.ratings);
      if (!accepted.ok) return accepted;
      // Replaced whole and committed before the ack: a retry never counts twice.
      ctx.repos.responses.replace(a.id, participantId, accepted.value, ctx.now());
      ctx.mineChanged(participantId, accepted.value, origin);
      ctx.resultsChanged();
      return ok({ ratings: accepted.value });
    },
    mine: (ctx, participantId) => ratingsOf(ctx.repos.responses.of(ctx.activity.id, participantId)),
    empty: {},
  },
  view: (): ScaleView => ({}),
  results: (ctx): ScaleResults => countScale(ctx),
  // Before the reveal the projector may show how many have answered, not what they answered.
  redact: (results) => ({ ...(results as ScaleResults), byStatement: {} }),
  exportSection: scaleSection,
};
