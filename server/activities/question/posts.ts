import { createHash } from 'node:crypto';
import {
  flag,
  numberOf,
  resultsOf,
  type Tally,
  tallyUpvotes,
} from '../../../shared/activities/question/rules.ts';
import type {
  MinePost,
  QuestionConfig,
  QuestionMine,
  QuestionPost,
  QuestionResults,
  QuestionView,
} from '../../../shared/activities/question/types.ts';
import type { EntryRecord } from '../../../shared/domain/entries.ts';
import type { ActivityContext } from '../module.ts';

/*
 * The one reading path of an open question's posts and upvotes, in its own file so the module's
 * view, results, commands and export section all count the same way.
 */

type Ctx = ActivityContext<QuestionConfig>;

/**
 * A post's id: from the activity, the writer and the phone's own id for it, so a retried post is
 * found again (and stored once) and one participant's ids can never collide with another's.
 */
export const entryIdOf = (activityId: string, participantId: string, clientId: string): string =>
  createHash('sha256').update(`${activityId}:${participantId}:${clientId}`).digest('base64url').slice(0, 22);

/** Every participant's upvotes: the keys of their response rows. */
export function upvoteTally(ctx: Ctx, entries: readonly EntryRecord[]): Tally {
  const ballots = ctx.repos.responses
    .ballots(ctx.activity.id)
    .map((b) => ({ sector: b.sector, entryIds: Object.keys(b.entries) }));
  return tallyUpvotes(entries, ballots);
}

/** The writer's name, only when the workshop shows names (never stored otherwise, never sent). */
export function authorFor(ctx: Ctx): (e: EntryRecord) => string | undefined {
  const shown = ctx.settings().names === 'shown';
  return (e) => (shown && e.authorName.trim() ? e.authorName : undefined);
}

function postOf(e: EntryRecord, tally: Tally, author: string | undefined, staff: boolean): QuestionPost {
  return {
    id: e.id,
    n: numberOf(e),
    text: e.text,
    sector: e.sector,
    ...(author ? { author } : {}),
    upvotes: tally.byEntry.get(e.id)?.total ?? 0,
    highlighted: flag(e, 'highlighted'),
    answered: flag(e, 'answered'),
    createdAt: e.createdAt,
    ...(staff ? { status: e.status, filtered: flag(e, 'filtered') } : {}),
  };
}

/**
 * The room's view (staff false): shown posts only, and none when an open question's answers wait
 * for the reveal (they come in the results). The facilitators' (staff true): every post, its status.
 */
export function viewOf(ctx: Ctx, staff: boolean): QuestionView {
  const { config } = ctx.activity;
  const entries = ctx.repos.entries.list(ctx.activity.id);
  const tally = upvoteTally(ctx, entries);
  const author = authorFor(ctx);
  const shown = entries.filter((e) => e.status === 'shown');
  // Not tied to the reveal: the core sends no view on a reveal, but it does send the results.
  const withheld = config.mode === 'answers' && !config.showLive;
  if (!staff)
    return {
      posts: withheld ? [] : shown.map((e) => postOf(e, tally, author(e), false)),
      shown: shown.length,
      withheld,
    };
  return {
    posts: entries.map((e) => postOf(e, tally, author(e), true)),
    shown: shown.length,
    withheld,
    pending: entries.filter((e) => e.status === 'pending').length,
    hidden: entries.filter((e) => e.status === 'hidden').length,
  };
}

/** The results: shown posts with their upvotes, counted per sector. */
export function countQuestion(ctx: Ctx): QuestionResults {
  const entries = ctx.repos.entries.list(ctx.activity.id);
  return resultsOf(entries, upvoteTally(ctx, entries), authorFor(ctx));
}

const minePost = (e: EntryRecord): MinePost => ({
  id: e.id,
  n: numberOf(e),
  text: e.text,
  status: e.status,
  createdAt: e.createdAt,
});

/** A participant's own posts (whatever their status) and the posts they upvoted. */
export function mineFor(ctx: Ctx, participantId: string): QuestionMine {
  const posts = ctx.repos.entries
    .list(ctx.activity.id)
    .filter((e) => e.participantId === participantId)
    .map(minePost);
  return { posts, upvoted: Object.keys(ctx.repos.responses.of(ctx.activity.id, participantId)) };
}
