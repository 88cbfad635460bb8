import { acceptAllocation, sameRules } from '../../../shared/activities/dots/accept.ts';
import { normaliseAllocation } from '../../../shared/activities/dots/rules.ts';
import { dotsConfig, dotsResponse } from '../../../shared/activities/dots/schema.ts';
import {
  type Allocation,
  DOTS_CAPS,
  DOTS_TYPE,
  type DotsConfig,
  type DotsView,
  type Tally,
} from '../../../shared/activities/dots/types.ts';
import { fail, ok } from '../../../shared/domain/result.ts';
import type { ActivityRecord } from '../../db/activityRepo.ts';
import type { ActivityModule } from '../module.ts';
import { allocationOf, countDots, labelledItems, voteItems } from './counting.ts';
import { dotsSection } from './exportSection.ts';

/** The nearest list before `index` (or any list), so a dot voting added after a list votes on it. */
function nearestList(agenda: readonly ActivityRecord[], index: number): string | null {
  const before = agenda
    .slice(0, index)
    .reverse()
    .find((a) => a.type === 'list');
  return (before ?? agenda.find((a) => a.type === 'list'))?.id ?? null;
}

/** Dot voting over a list's items: budget, cap per item, grandfathering (shared/activities/dots). */
export const dotsModule: ActivityModule<DotsConfig> = {
  type: DOTS_TYPE,
  caps: DOTS_CAPS,
  config: {
    schema: dotsConfig,
    version: 1,
    migrate: (raw) => raw,
    // Without a list there is nothing to vote on; the schema then refuses the missing source.
    defaults: (agenda, index) => ({ sourceActivityId: nearestList(agenda, index) ?? '' }),
  },
  checkConfig: (ctx, next, resetResponses) => {
    const source = ctx.sibling(next.sourceActivityId);
    if (source?.type !== 'list') return fail('VALIDATION');
    const current = ctx.activity.config;
    const changed = !sameRules(current, next) || current.sourceActivityId !== next.sourceActivityId;
    // Stored dots were placed under the stored rules: new rules need them cleared first.
    if (changed && !resetResponses && ctx.repos.responses.has(ctx.activity.id))
      return fail('VOTE_RULES_LOCKED');
    return ok(null);
  },
  sourceOf: (config) => config.sourceActivityId,
  commands: {},
  response: {
    schema: dotsResponse,
    respond: (ctx, participantId, value: { allocation: Allocation }, origin) => {
      const a = ctx.activity;
      const stored = allocationOf(ctx.repos.responses.of(a.id, participantId));
      const accepted = acceptAllocation(a.status, a.config, voteItems(ctx), stored, value.allocation);
      if (!accepted.ok) return accepted;
      // Committed before the caller acknowledges: an acknowledged vote survives a crash.
      ctx.repos.responses.replace(a.id, participantId, accepted.value, ctx.now());
      ctx.mineChanged(participantId, accepted.value, origin);
      ctx.resultsChanged();
      return ok({ allocation: accepted.value });
    },
    mine: (ctx, participantId) => allocationOf(ctx.repos.responses.of(ctx.activity.id, participantId)),
    empty: {},
  },
  sourceItemsMerged: (ctx, fromId, toId) => {
    const id = ctx.activity.id;
    const moved = ctx.repos.responses.byKey(id, fromId);
    const onTarget = new Map(ctx.repos.responses.byKey(id, toId).map((r) => [r.participantId, r.value]));
    for (const { participantId, value } of moved) {
      const sum = (Number(onTarget.get(participantId)) || 0) + (Number(value) || 0);
      ctx.repos.responses.set(id, participantId, toId, sum, ctx.now());
    }
    ctx.repos.responses.dropKey(id, fromId);
    // Their phones still hold the source's dots; their next cast must build on the merged ones.
    for (const { participantId } of moved)
      ctx.mineChanged(
        participantId,
        normaliseAllocation(allocationOf(ctx.repos.responses.of(id, participantId))),
        null,
      );
    ctx.resultsChanged();
  },
  view: (ctx): DotsView => ({ items: labelledItems(ctx) }),
  results: (ctx): Tally => countDots(ctx),
  // Before results are revealed the projector may show how many voted, not what they chose.
  redact: (results) => ({ ...(results as Tally), byPriority: {} }),
  exportSection: dotsSection,
};
