import type { EntryRecord } from '../../domain/entries.ts';
import { fail, ok, type Result } from '../../domain/result.ts';
import { type BySector, emptyBySector, type Sector } from '../../domain/sectors.ts';
import type { ActivityStatus } from '../../domain/workshop.ts';
import { QUESTION_LIMITS } from './limits.ts';
import type {
  QuestionConfig,
  QuestionMine,
  QuestionPost,
  QuestionResults,
  QuestionSort,
  ResultPost,
} from './types.ts';

export const EMPTY_MINE: QuestionMine = { posts: [], upvoted: [] };

/**
 * Whether a participant who has posted `own` times (hidden posts too: hiding never hands out
 * another go), in a room of `total` posts not hidden, may post now. The room's cap counts what
 * is not hidden, so a flood the facilitator hid does not leave the activity full for everyone.
 */
export function acceptPost(
  status: ActivityStatus,
  config: QuestionConfig,
  counts: { own: number; total: number },
): Result<null> {
  if (status !== 'open') return fail('VOTING_CLOSED');
  if (counts.own >= config.maxPerParticipant || counts.total >= QUESTION_LIMITS.perActivity)
    return fail('TOO_MANY_POSTS');
  return ok(null);
}

/**
 * Whether `voterId` may change their upvote on `entry`: Q&A only, while open, on a post the room
 * sees (taking an upvote back is always allowed), never on one's own.
 */
export function acceptUpvote(
  status: ActivityStatus,
  config: QuestionConfig,
  entry: Pick<EntryRecord, 'participantId' | 'status'> | null,
  voterId: string,
  on: boolean,
): Result<null> {
  if (config.mode !== 'qa') return fail('NOT_SUPPORTED');
  if (status !== 'open') return fail('VOTING_CLOSED');
  if (!entry || (on && entry.status !== 'shown')) return fail('NOT_FOUND');
  if (entry.participantId === voterId) return fail('FORBIDDEN');
  return ok(null);
}

/** The number a new post gets: one past the highest given, so numbers survive hides and withdrawals. */
export function nextNumber(entries: readonly Pick<EntryRecord, 'meta'>[]): number {
  let max = 0;
  for (const e of entries) max = Math.max(max, numberOf(e));
  return max + 1;
}

export const numberOf = (e: Pick<EntryRecord, 'meta'>): number =>
  typeof e.meta.n === 'number' && Number.isInteger(e.meta.n) ? e.meta.n : 0;

export const flag = (e: Pick<EntryRecord, 'meta'>, key: 'highlighted' | 'answered' | 'filtered'): boolean =>
  e.meta[key] === true;

/** One participant's upvotes: the post ids they upvoted, with their sector. */
export interface UpvoteBallot {
  sector: Sector;
  entryIds: readonly string[];
}

export interface Tally {
  /** Upvotes per entry id, overall and by the voter's sector (shown posts only). */
  byEntry: Map<string, { total: number; bySector: BySector }>;
}

/**
 * The one way upvotes are counted, for every screen and the export: one per participant per
 * post (the ballot's ids are a set), on shown posts only; a post's own writer never counts.
 */
export function tallyUpvotes(entries: readonly EntryRecord[], ballots: readonly UpvoteBallot[]): Tally {
  const byEntry = new Map<string, { total: number; bySector: BySector }>();
  for (const e of entries)
    if (e.status === 'shown') byEntry.set(e.id, { total: 0, bySector: emptyBySector() });
  for (const b of ballots)
    for (const id of new Set(b.entryIds)) {
      const row = byEntry.get(id);
      if (!row) continue;
      row.total += 1;
      row.bySector[b.sector] += 1;
    }
  return { byEntry };
}

/** Shown posts with their upvotes, and the counts per sector: the results. */
export function resultsOf(
  entries: readonly EntryRecord[],
  tally: Tally,
  authorOf: (e: EntryRecord) => string | undefined,
): QuestionResults {
  const posts = emptyBySector();
  const upvotes = emptyBySector();
  const out: ResultPost[] = [];
  let total = 0;
  for (const e of entries) {
    const t = tally.byEntry.get(e.id);
    if (e.status !== 'shown' || !t) continue;
    if (e.sector) posts[e.sector] += 1;
    for (const [s, n] of Object.entries(t.bySector)) upvotes[s as Sector] += n;
    total += t.total;
    const author = authorOf(e);
    out.push({
      id: e.id,
      n: numberOf(e),
      text: e.text,
      sector: e.sector,
      ...(author ? { author } : {}),
      upvotes: t.total,
      upvotesBySector: t.bySector,
      highlighted: flag(e, 'highlighted'),
      answered: flag(e, 'answered'),
      createdAt: e.createdAt,
    });
  }
  return { posts: out.length, upvotes: total, bySector: { posts, upvotes }, entries: out };
}

/**
 * Posts in a screen's order: by upvotes (most first, then the older first) or by time (newest
 * first). The highlighted post is not moved here: each screen places it itself.
 */
export function sortPosts<P extends Pick<QuestionPost, 'upvotes' | 'createdAt' | 'n'>>(
  posts: readonly P[],
  by: QuestionSort,
): P[] {
  const newestFirst = (a: P, b: P) => b.createdAt.localeCompare(a.createdAt) || b.n - a.n;
  return [...posts].sort(
    by === 'votes' ? (a, b) => b.upvotes - a.upvotes || -newestFirst(a, b) : newestFirst,
  );
}

const isMinePost = (p: unknown): boolean =>
  typeof p === 'object' &&
  p !== null &&
  'id' in p &&
  typeof p.id === 'string' &&
  'text' in p &&
  typeof p.text === 'string' &&
  'status' in p &&
  typeof p.status === 'string';

/** A received value as one's own state here; null when it is not one (a screen then shows none). */
export function asMine(value: unknown): QuestionMine | null {
  if (typeof value !== 'object' || value === null || !('posts' in value) || !('upvoted' in value))
    return null;
  const { posts, upvoted } = value;
  if (!Array.isArray(posts) || !Array.isArray(upvoted)) return null;
  if (!posts.every(isMinePost) || !upvoted.every((id) => typeof id === 'string')) return null;
  return { posts: posts as QuestionMine['posts'], upvoted: upvoted as string[] };
}
