import type { CountedAnswer } from '../../../shared/activities/wordcloud/counting.ts';
import type {
  OwnAnswer,
  StaffAnswer,
  WordcloudConfig,
  WordcloudMine,
  WordcloudView,
} from '../../../shared/activities/wordcloud/types.ts';
import type { EntryRecord } from '../../../shared/domain/entries.ts';
import type { ActivityContext } from '../module.ts';

type Ctx = ActivityContext<WordcloudConfig>;

/*
 * Answers are the core's entries (ctx.repos.entries): one row per answer with its writer's sector,
 * status (pending, shown, hidden) and `meta.filtered` when the word filter held it back.
 */

export const ownOf = (e: EntryRecord): OwnAnswer => ({ id: e.id, text: e.text, status: e.status });

/** One participant's answers, oldest first, whatever their status. */
export const ownEntries = (ctx: Ctx, participantId: string): EntryRecord[] =>
  ctx.repos.entries.list(ctx.activity.id).filter((e) => e.participantId === participantId);

export const mineFor = (ctx: Ctx, participantId: string): WordcloudMine => ({
  answers: ownEntries(ctx, participantId).map(ownOf),
});

/** Who stands behind an answer for counting: the participant, or the answer itself once they are deleted. */
const voterOf = (e: EntryRecord): string => (e.participantId ? `p:${e.participantId}` : `e:${e.id}`);

/** The answers the room sees, as the shared counting takes them. */
export const countedAnswers = (ctx: Ctx): CountedAnswer[] =>
  ctx.repos.entries
    .list(ctx.activity.id)
    .filter((e) => e.status === 'shown')
    // Answers come from participants, who always have a sector; a stray row counts as undisclosed.
    .map((e) => ({ voter: voterOf(e), sector: e.sector ?? 'undisclosed', text: e.text }));

/** The room's state: nothing of the answers themselves (they reach it counted, in the results). */
export const roomView = (): WordcloudView => ({});

/** The control room's state: every answer with its status, sector and (when names are shown) its writer. */
export function staffView(ctx: Ctx): WordcloudView {
  const names = ctx.settings().names === 'shown';
  return {
    answers: ctx.repos.entries.list(ctx.activity.id).map(
      (e): StaffAnswer => ({
        id: e.id,
        text: e.text,
        status: e.status,
        sector: e.sector,
        filtered: e.meta.filtered === true,
        ...(names && e.authorName ? { author: e.authorName } : {}),
        createdAt: e.createdAt,
      }),
    ),
  };
}
