import { mayGroup, reorderedIds } from '../../../shared/activities/ideas/rules.ts';
import { IDEAS_LIMITS, type IdeasConfig } from '../../../shared/activities/ideas/types.ts';
import { fail, ok, type Result } from '../../../shared/domain/result.ts';
import { isCaught } from '../../../shared/moderation/wordFilter.ts';
import { newId } from '../../db/ids.ts';
import type { ActivityContext, Actor } from '../module.ts';
import { readBoard } from './board.ts';
import { boardChanged } from './cards.ts';

type Ctx = ActivityContext<IdeasConfig>;

/**
 * A theme's name goes straight to the room and the projector, with nothing to hold it back: a
 * participant's name that the word filter catches is refused instead (facilitators are trusted).
 */
function nameRefused(ctx: Ctx, name: string, actor: Actor): boolean {
  return actor.role !== 'facilitator' && ctx.settings().wordFilter && isCaught(name);
}

export function createTheme(ctx: Ctx, { name }: { name: string }, actor: Actor): Result<{ themeId: string }> {
  const allowed = mayGroup(actor.role, ctx.activity.status, ctx.activity.config);
  if (!allowed.ok) return allowed;
  if (nameRefused(ctx, name, actor)) return fail('VALIDATION');
  const { themes } = readBoard(ctx);
  if (themes.length >= IDEAS_LIMITS.themesPerActivity) return fail('VALIDATION');
  const id = newId();
  const order = themes.reduce((max, t) => Math.max(max, t.order + 1), 0);
  ctx.repos.entries.insert(ctx.activity.id, {
    id,
    participantId: actor.participant?.id ?? null,
    sector: actor.participant?.sector ?? null,
    text: name,
    status: 'shown',
    meta: { kind: 'theme', order },
    createdAt: ctx.now(),
  });
  boardChanged(ctx);
  return ok({ themeId: id });
}

export function renameTheme(
  ctx: Ctx,
  { themeId, name }: { themeId: string; name: string },
  actor: Actor,
): Result<null> {
  const allowed = mayGroup(actor.role, ctx.activity.status, ctx.activity.config);
  if (!allowed.ok) return allowed;
  if (nameRefused(ctx, name, actor)) return fail('VALIDATION');
  const theme = readBoard(ctx).themes.find((t) => t.id === themeId);
  if (!theme) return fail('NOT_FOUND');
  if (theme.name === name) return ok(null);
  ctx.repos.entries.setText(ctx.activity.id, themeId, name);
  boardChanged(ctx);
  return ok(null);
}

/** The theme goes; its cards (of any status) go back to the ungrouped ones, in one transaction. */
export function deleteTheme(ctx: Ctx, { themeId }: { themeId: string }): Result<{ returned: number }> {
  const board = readBoard(ctx);
  if (!board.themes.some((t) => t.id === themeId)) return fail('NOT_FOUND');
  const cards = board.cards.filter((c) => c.themeId === themeId);
  ctx.repos.transaction(() => {
    for (const card of cards) {
      const { themeId: _gone, ...meta } = card.meta;
      ctx.repos.entries.setMeta(ctx.activity.id, card.id, meta);
    }
    ctx.repos.entries.delete(ctx.activity.id, themeId);
  });
  boardChanged(ctx);
  return ok({ returned: cards.length });
}

export function reorderThemes(ctx: Ctx, { themeIds }: { themeIds: string[] }): Result<null> {
  const { themes } = readBoard(ctx);
  const order = reorderedIds(themes, themeIds);
  ctx.repos.transaction(() => {
    order.forEach((id, i) => {
      ctx.repos.entries.setMeta(ctx.activity.id, id, { kind: 'theme', order: i });
    });
  });
  boardChanged(ctx);
  return ok(null);
}
