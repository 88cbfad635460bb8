import { groupKeys } from '../../../shared/activities/wordcloud/inflections.ts';
import { acceptAnswer, acceptWithdraw } from '../../../shared/activities/wordcloud/rules.ts';
import { termOf } from '../../../shared/activities/wordcloud/terms.ts';
import type { WordcloudConfig, WordcloudMine } from '../../../shared/activities/wordcloud/types.ts';
import type { EntryStatus } from '../../../shared/domain/entries.ts';
import { fail, ok, type Result } from '../../../shared/domain/result.ts';
import { entryStatusFor } from '../../../shared/moderation/entryStatus.ts';
import { newId } from '../../db/ids.ts';
import type { ActivityContext, Actor } from '../module.ts';
import { mineFor, ownEntries, ownOf } from './answers.ts';

type Ctx = ActivityContext<WordcloudConfig>;

/** Answers changed: the control room's list and the counts. (The room's view has no answers.) */
function answersChanged(ctx: Ctx): void {
  ctx.viewChanged();
  ctx.resultsChanged();
}

/**
 * A participant's new answer, held for the facilitator when pre-moderated or caught by the word
 * filter. The same text again returns the stored answer, so a lost ack never makes a second one.
 */
export function postAnswer(ctx: Ctx, { text }: { text: string }, actor: Actor): Result<WordcloudMine> {
  const p = actor.participant;
  if (!p) return fail('FORBIDDEN');
  const a = ctx.activity;
  const stored = ownEntries(ctx, p.id).map(ownOf);
  const accepted = acceptAnswer(a.status, a.config, stored, text, ctx.repos.entries.countNotHidden(a.id));
  if (!accepted.ok) return accepted;
  if (accepted.value.existing) return ok({ answers: stored });
  const { status, filtered } = entryStatusFor(accepted.value.text, {
    preModeration: a.config.preModeration,
    wordFilter: ctx.settings().wordFilter,
  });
  ctx.repos.entries.insert(a.id, {
    id: newId(),
    participantId: p.id,
    sector: p.sector,
    text: accepted.value.text,
    status,
    meta: filtered ? { filtered: true } : {},
    createdAt: ctx.now(),
  });
  const mine = mineFor(ctx, p.id);
  ctx.mineChanged(p.id, mine, actor.socketId);
  if (status === 'shown') answersChanged(ctx);
  else ctx.viewChanged();
  return ok(mine);
}

/** A participant takes back their own answer (deleted: it was theirs to take back). */
export function withdrawAnswer(ctx: Ctx, { id }: { id: string }, actor: Actor): Result<WordcloudMine> {
  const p = actor.participant;
  if (!p) return fail('FORBIDDEN');
  const stored = ownEntries(ctx, p.id).map(ownOf);
  const accepted = acceptWithdraw(ctx.activity.status, stored, id);
  if (!accepted.ok) return accepted;
  if (!accepted.value) return ok({ answers: stored });
  ctx.repos.entries.delete(ctx.activity.id, id);
  const mine = mineFor(ctx, p.id);
  ctx.mineChanged(p.id, mine, actor.socketId);
  answersChanged(ctx);
  return ok(mine);
}

/**
 * Approves, restores or hides answers, all or none (an unknown id refuses the whole command). Any
 * status may become shown or hidden, at any phase: the cloud can be cleaned after it closes too.
 */
export function moderate(
  ctx: Ctx,
  ids: readonly string[],
  status: Exclude<EntryStatus, 'pending'>,
): Result<null> {
  const a = ctx.activity;
  const entries = ids.map((id) => ctx.repos.entries.get(a.id, id));
  if (entries.some((e) => e === null)) return fail('NOT_FOUND');
  const changed = entries.flatMap((e) => (e && e.status !== status ? [e] : []));
  if (changed.length === 0) return ok(null);
  ctx.repos.transaction(() => {
    for (const e of changed) ctx.repos.entries.setStatus(a.id, e.id, status);
  });
  // Each writer's phone shows where their answers stand.
  for (const pid of new Set(changed.flatMap((e) => (e.participantId ? [e.participantId] : []))))
    ctx.mineChanged(pid, mineFor(ctx, pid), null);
  answersChanged(ctx);
  return ok(null);
}

/**
 * Hides every shown answer counted into the term `key` is in (grouped as the cloud groups them
 * now), in one step. Held answers stay held: they are not in the cloud, and the facilitator sees
 * them in the queue. Returns the ids hidden, so the control room can undo with `moderate`.
 */
export function hideTerm(ctx: Ctx, { key }: { key: string }): Result<{ ids: string[] }> {
  const shown = ctx.repos.entries.list(ctx.activity.id).flatMap((e) => {
    const term = e.status === 'shown' ? termOf(e.text) : null;
    return term ? [{ id: e.id, key: term.key }] : [];
  });
  const groupOf = groupKeys(shown.map((s) => s.key));
  const target = groupOf.get(key);
  if (target === undefined) return fail('NOT_FOUND');
  const ids = shown.filter((s) => groupOf.get(s.key) === target).map((s) => s.id);
  const done = moderate(ctx, ids, 'hidden');
  return done.ok ? ok({ ids }) : done;
}
