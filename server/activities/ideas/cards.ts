import { acceptPost, mayGroup, themeOf } from '../../../shared/activities/ideas/rules.ts';
import type { IdeasConfig, MyCard } from '../../../shared/activities/ideas/types.ts';
import type { EntryStatus } from '../../../shared/domain/entries.ts';
import { fail, ok, type Result } from '../../../shared/domain/result.ts';
import { entryStatusFor } from '../../../shared/moderation/entryStatus.ts';
import { newId } from '../../db/ids.ts';
import type { ActivityContext, Actor } from '../module.ts';
import { myCardOf, myCards, readBoard } from './board.ts';

type Ctx = ActivityContext<IdeasConfig>;

/** The board changed: the room and the staff get the views, everyone entitled the results. */
export function boardChanged(ctx: Ctx): void {
  ctx.viewChanged();
  ctx.resultsChanged();
}

/**
 * A participant's new card. A retry (the same phone id) returns the stored card, whatever has
 * happened since, so a lost ack never makes a second card. Its status comes from the moderation
 * rules: held for the facilitator when pre-moderated or caught by the word filter.
 */
export function postCard(
  ctx: Ctx,
  payload: { id: string; text: string },
  actor: Actor,
): Result<{ card: MyCard }> {
  const p = actor.participant;
  if (!p) return fail('FORBIDDEN');
  const a = ctx.activity;
  const { cards } = readBoard(ctx);
  const stored = cards.find((c) => c.participantId === p.id && c.clientId === payload.id);
  if (stored) return ok({ card: myCardOf(stored) });
  const own = cards.filter((c) => c.participantId === p.id).length;
  const notHidden = cards.filter((c) => c.status !== 'hidden').length;
  const accepted = acceptPost(a.status, a.config, own, notHidden);
  if (!accepted.ok) return accepted;
  const { status, filtered } = entryStatusFor(payload.text, {
    preModeration: a.config.preModeration,
    wordFilter: ctx.settings().wordFilter,
  });
  const id = newId();
  ctx.repos.entries.insert(a.id, {
    id,
    participantId: p.id,
    sector: p.sector,
    text: payload.text,
    status,
    meta: { kind: 'card', clientId: payload.id, ...(filtered ? { filtered: true } : {}) },
    createdAt: ctx.now(),
  });
  const mine = myCards(ctx, p.id);
  ctx.mineChanged(p.id, mine, actor.socketId);
  // A held card changes only the staff view; the room's stays the same.
  if (status === 'shown') boardChanged(ctx);
  else ctx.viewChanged();
  const card = mine.cards.find((c) => c.id === id);
  return card ? ok({ card }) : fail('INTERNAL');
}

/** Into a theme or back out of one. Only shown cards are on the board to move. */
export function moveCard(
  ctx: Ctx,
  { cardId, themeId }: { cardId: string; themeId: string | null },
  actor: Actor,
): Result<null> {
  const allowed = mayGroup(actor.role, ctx.activity.status, ctx.activity.config);
  if (!allowed.ok) return allowed;
  const board = readBoard(ctx);
  const card = board.cards.find((c) => c.id === cardId && c.status === 'shown');
  if (!card) return fail('NOT_FOUND');
  const ids = new Set(board.themes.map((t) => t.id));
  if (themeId !== null && !ids.has(themeId)) return fail('NOT_FOUND');
  if (themeOf(card, ids) === themeId) return ok(null);
  const { themeId: _old, ...meta } = card.meta;
  // Only the theme changes: the sector, time and text stay as posted.
  ctx.repos.entries.setMeta(ctx.activity.id, card.id, themeId === null ? meta : { ...meta, themeId });
  boardChanged(ctx);
  return ok(null);
}

/**
 * The facilitator's moderation: approve (a held card is shown), hide (taken off every screen but
 * the control room; kept in the data and the export, marked), restore (shown again, in its theme
 * if that still exists). Setting the status it already has is a harmless no-op, so a retry is too.
 */
export function setCardStatus(ctx: Ctx, cardId: string, status: EntryStatus): Result<null> {
  const card = readBoard(ctx).cards.find((c) => c.id === cardId);
  if (!card) return fail('NOT_FOUND');
  if (card.status === status) return ok(null);
  ctx.repos.entries.setStatus(ctx.activity.id, card.id, status);
  if (card.participantId) ctx.mineChanged(card.participantId, myCards(ctx, card.participantId), null);
  boardChanged(ctx);
  return ok(null);
}
