import { acceptPost, acceptUpvote, nextNumber } from '../../../shared/activities/question/rules.ts';
import { questionCommands } from '../../../shared/activities/question/schema.ts';
import type { QuestionConfig } from '../../../shared/activities/question/types.ts';
import { fail, ok, type Result } from '../../../shared/domain/result.ts';
import { entryStatusFor } from '../../../shared/moderation/entryStatus.ts';
import { type ActivityContext, type Actor, command } from '../module.ts';
import { entryIdOf, mineFor } from './posts.ts';

type Ctx = ActivityContext<QuestionConfig>;
const PARTICIPANT = ['participant'] as const;

/** The participant's own state changed: their other sockets hear it, the sender has it in the ack. */
function changed(ctx: Ctx, participantId: string, origin: string | null) {
  const mine = mineFor(ctx, participantId);
  ctx.mineChanged(participantId, mine, origin);
  ctx.viewChanged();
  ctx.resultsChanged();
  return mine;
}

/**
 * An upvote, by command or by `activity:respond`: one row per upvoted post in the participant's
 * responses, so it can never count twice; the same request again changes nothing.
 */
export function setUpvote(
  ctx: Ctx,
  participantId: string,
  { entryId, on }: { entryId: string; on: boolean },
  origin: string | null,
): Result<unknown> {
  const a = ctx.activity;
  const entry = ctx.repos.entries.get(a.id, entryId);
  const accepted = acceptUpvote(a.status, a.config, entry, participantId, on);
  if (!accepted.ok) return accepted;
  const rows = ctx.repos.responses.of(a.id, participantId);
  if (Boolean(rows[entryId]) === on) return ok({ mine: mineFor(ctx, participantId) });
  if (on) rows[entryId] = true;
  else delete rows[entryId];
  ctx.repos.responses.replace(a.id, participantId, rows, ctx.now());
  return ok({ mine: changed(ctx, participantId, origin) });
}

const participantOf = (actor: Actor) => actor.participant;

export const participantCommands = {
  post: command({
    schema: questionCommands.post,
    roles: PARTICIPANT,
    run: (ctx: Ctx, { id, text }, actor) => {
      const p = participantOf(actor);
      if (!p) return fail('FORBIDDEN');
      const a = ctx.activity;
      const entryId = entryIdOf(a.id, p.id, id);
      // A retry of a post that was stored (its ack lost): the same post, acknowledged again.
      if (ctx.repos.entries.get(a.id, entryId)) return ok({ entryId, mine: mineFor(ctx, p.id) });
      const all = ctx.repos.entries.list(a.id);
      const own = all.filter((e) => e.participantId === p.id).length;
      const total = all.filter((e) => e.status !== 'hidden').length;
      const accepted = acceptPost(a.status, a.config, { own, total });
      if (!accepted.ok) return accepted;
      const { status, filtered } = entryStatusFor(text, {
        preModeration: a.config.preModeration,
        wordFilter: ctx.settings().wordFilter,
      });
      ctx.repos.entries.insert(a.id, {
        id: entryId,
        participantId: p.id,
        sector: p.sector,
        text,
        status,
        meta: { n: nextNumber(all), ...(filtered ? { filtered: true } : {}) },
        createdAt: ctx.now(),
      });
      return ok({ entryId, mine: changed(ctx, p.id, actor.socketId) });
    },
  }),
  withdraw: command({
    schema: questionCommands.withdraw,
    roles: PARTICIPANT,
    run: (ctx: Ctx, { entryId }, actor) => {
      const p = participantOf(actor);
      const a = ctx.activity;
      const entry = ctx.repos.entries.get(a.id, entryId);
      if (!p || !entry || entry.participantId !== p.id) {
        // Already withdrawn (a retry) is done; someone else's post does not exist for them.
        return p && !entry ? ok({ mine: mineFor(ctx, p.id) }) : fail('NOT_FOUND');
      }
      if (a.status !== 'open') return fail('VOTING_CLOSED');
      // Only what nobody else has seen goes: a shown post belongs to the room's conversation.
      if (entry.status !== 'pending') return fail('WRONG_PHASE');
      ctx.repos.entries.delete(a.id, entryId);
      return ok({ mine: changed(ctx, p.id, actor.socketId) });
    },
  }),
  upvote: command({
    schema: questionCommands.upvote,
    roles: PARTICIPANT,
    run: (ctx: Ctx, payload, actor) => {
      const p = participantOf(actor);
      return p ? setUpvote(ctx, p.id, payload, actor.socketId) : fail('FORBIDDEN');
    },
  }),
};
