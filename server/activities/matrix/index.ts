import { acceptPlacements, placementsOf, sameRules } from '../../../shared/activities/matrix/rules.ts';
import {
  importItemsPayload,
  matrixConfig,
  matrixResponse,
} from '../../../shared/activities/matrix/schema.ts';
import {
  MATRIX_CAPS,
  MATRIX_LIMITS,
  MATRIX_TYPE,
  type MatrixConfig,
  type MatrixResults,
  type MatrixView,
  type Placements,
} from '../../../shared/activities/matrix/types.ts';
import { fail, ok, type Result } from '../../../shared/domain/result.ts';
import { newId } from '../../db/ids.ts';
import { type ActivityContext, type ActivityModule, command } from '../module.ts';
import { countMatrix } from './counting.ts';
import { matrixSection } from './exportSection.ts';
import { MATRIX_LABELS } from './labels.ts';

/** What `importItems` acknowledges: how many items came over, and how many did not fit. */
export interface ImportedItems {
  imported: number;
  leftOut: number;
}

/**
 * Replaces the items by the texts of a list's visible items (not hidden, not merged away), in the
 * list's order, up to the matrix's limit. Refused while placements are stored: they were given to
 * the items this replaces.
 */
function importItems(ctx: ActivityContext<MatrixConfig>, fromActivityId: string): Result<ImportedItems> {
  const source = ctx.sibling(fromActivityId);
  if (!source) return fail('NOT_FOUND');
  if (source.type !== 'list') return fail('VALIDATION');
  if (ctx.repos.responses.has(ctx.activity.id)) return fail('VOTE_RULES_LOCKED');
  const texts = ctx.texts(fromActivityId);
  if (!texts) return fail('DOCUMENT_UNREADABLE');
  const found = ctx
    .items(fromActivityId)
    .filter((p) => !p.hidden && p.mergedInto === null)
    .map((p) => (texts[p.id] ?? '').normalize('NFC').trim())
    .filter((text) => text.length > 0);
  const taken = found.slice(0, MATRIX_LIMITS.items);
  if (taken.length === 0) return ok({ imported: 0, leftOut: 0 });
  const next = matrixConfig.safeParse({
    ...ctx.activity.config,
    items: taken.map((text) => ({ id: newId(), text: text.slice(0, MATRIX_LIMITS.itemLength) })),
  });
  if (!next.success) return fail('VALIDATION');
  ctx.replaceConfig(next.data);
  ctx.resultsChanged();
  return ok({ imported: taken.length, leftOut: found.length - taken.length });
}

/** Items placed on two axes, 1–5 each: mean positions and spread (shared/activities/matrix). */
export const matrixModule: ActivityModule<MatrixConfig> = {
  type: MATRIX_TYPE,
  caps: MATRIX_CAPS,
  config: {
    schema: matrixConfig,
    version: 1,
    migrate: (raw) => raw,
    // One item to start from, in the workshop's first language; the setup form (or a list) replaces it.
    defaults: () => ({ variant: 'grid', items: [{ id: newId(), text: MATRIX_LABELS.sv.firstItem }] }),
  },
  checkConfig: (ctx, next, resetResponses) => {
    // Stored placements were given to the stored items on the stored axes: rewording, removing
    // or changing the axes needs them cleared first. Adding and reordering do not.
    if (!sameRules(ctx.activity.config, next) && !resetResponses && ctx.repos.responses.has(ctx.activity.id))
      return fail('VOTE_RULES_LOCKED');
    return ok(null);
  },
  commands: {
    importItems: command({
      schema: importItemsPayload,
      roles: ['facilitator'],
      run: (ctx: ActivityContext<MatrixConfig>, payload) => importItems(ctx, payload.fromActivityId),
    }),
  },
  response: {
    schema: matrixResponse,
    respond: (ctx, participantId, value: { placements: Placements }, origin) => {
      const a = ctx.activity;
      const accepted = acceptPlacements(a.status, a.config, value.placements);
      if (!accepted.ok) return accepted;
      // Replaced whole and committed before the ack: a retry never counts twice.
      ctx.repos.responses.replace(a.id, participantId, accepted.value, ctx.now());
      ctx.mineChanged(participantId, accepted.value, origin);
      ctx.resultsChanged();
      return ok({ placements: accepted.value });
    },
    mine: (ctx, participantId) => placementsOf(ctx.repos.responses.of(ctx.activity.id, participantId)),
    empty: {},
  },
  view: (): MatrixView => ({}),
  results: (ctx): MatrixResults => countMatrix(ctx),
  // Before the reveal the projector may show how many have answered, not where they placed items.
  redact: (results) => ({ ...(results as MatrixResults), byItem: {} }),
  exportSection: matrixSection,
};
