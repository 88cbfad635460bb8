import { questionCommands } from '../../../shared/activities/question/schema.ts';
import type { QuestionConfig } from '../../../shared/activities/question/types.ts';
import type { EntryRecord, EntryStatus } from '../../../shared/domain/entries.ts';
import { fail, ok, type Result } from '../../../shared/domain/result.ts';
import { type ActivityContext, command } from '../module.ts';
import { mineFor } from './posts.ts';

type Ctx = ActivityContext<QuestionConfig>;
const FACILITATOR = ['facilitator'] as const;

/** The room hears of a change to a post; its writer too when its status changed (their `mine`). */
function told(ctx: Ctx, e: EntryRecord, statusChanged: boolean): Result<null> {
  if (statusChanged && e.participantId) ctx.mineChanged(e.participantId, mineFor(ctx, e.participantId), null);
  ctx.viewChanged();
  ctx.resultsChanged();
  return ok(null);
}

/**
 * Moves a post to `to` from one of the statuses `from`; already there is done (a retry, or a
 * colleague was quicker). From anywhere else it is refused, so a stale "Godkänn" on a post a
 * colleague hid never shows it.
 */
function move(ctx: Ctx, entryId: string, from: readonly EntryStatus[], to: EntryStatus): Result<null> {
  const a = ctx.activity;
  const e = ctx.repos.entries.get(a.id, entryId);
  if (!e) return fail('NOT_FOUND');
  if (e.status === to) return ok(null);
  if (!from.includes(e.status)) return fail('WRONG_PHASE');
  ctx.repos.transaction(() => {
    ctx.repos.entries.setStatus(a.id, entryId, to);
    // A post taken down is no longer on the projector's top spot.
    if (to === 'hidden' && e.meta.highlighted)
      ctx.repos.entries.setMeta(a.id, entryId, withoutKey(e.meta, 'highlighted'));
  });
  return told(ctx, e, true);
}

const withoutKey = (meta: Record<string, unknown>, key: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(meta).filter(([k]) => k !== key));

function mark(ctx: Ctx, entryId: string, key: 'highlighted' | 'answered', on: boolean): Result<null> {
  const a = ctx.activity;
  const e = ctx.repos.entries.get(a.id, entryId);
  if (!e) return fail('NOT_FOUND');
  if (on && e.status !== 'shown') return fail('WRONG_PHASE');
  if ((e.meta[key] === true) === on) return ok(null);
  ctx.repos.transaction(() => {
    // One post at a time takes the projector's top spot.
    if (key === 'highlighted' && on)
      for (const other of ctx.repos.entries.list(a.id))
        if (other.id !== entryId && other.meta.highlighted)
          ctx.repos.entries.setMeta(a.id, other.id, withoutKey(other.meta, 'highlighted'));
    // An answered question is no longer the one being answered on the projector.
    const base = key === 'answered' && on ? withoutKey(e.meta, 'highlighted') : e.meta;
    ctx.repos.entries.setMeta(a.id, entryId, on ? { ...base, [key]: true } : withoutKey(base, key));
  });
  return told(ctx, e, false);
}

export const staffCommands = {
  approve: command({
    schema: questionCommands.approve,
    roles: FACILITATOR,
    run: (ctx: Ctx, { entryId }) => move(ctx, entryId, ['pending'], 'shown'),
  }),
  hide: command({
    schema: questionCommands.hide,
    roles: FACILITATOR,
    run: (ctx: Ctx, { entryId }) => move(ctx, entryId, ['pending', 'shown'], 'hidden'),
  }),
  restore: command({
    schema: questionCommands.restore,
    roles: FACILITATOR,
    run: (ctx: Ctx, { entryId }) => move(ctx, entryId, ['hidden'], 'shown'),
  }),
  highlight: command({
    schema: questionCommands.highlight,
    roles: FACILITATOR,
    run: (ctx: Ctx, { entryId, on }) => mark(ctx, entryId, 'highlighted', on),
  }),
  markAnswered: command({
    schema: questionCommands.markAnswered,
    roles: FACILITATOR,
    run: (ctx: Ctx, { entryId, on }) => mark(ctx, entryId, 'answered', on),
  }),
  sort: command({
    schema: questionCommands.sort,
    roles: FACILITATOR,
    run: (ctx: Ctx, { by }) => {
      if (ctx.activity.config.sort !== by) ctx.replaceConfig({ ...ctx.activity.config, sort: by });
      return ok(null);
    },
  }),
};
