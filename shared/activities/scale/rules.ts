import { fail, ok, type Result } from '../../domain/result.ts';
import { emptyBySector, SECTORS, type Sector } from '../../domain/sectors.ts';
import type { ActivityStatus } from '../../domain/workshop.ts';
import {
  type Distribution,
  type Rating,
  type Ratings,
  type ScaleConfig,
  type ScaleResults,
  SKIP,
  type StatementResult,
} from './types.ts';

export const isRating = (value: unknown): value is Rating =>
  value === SKIP || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5);

/** Stored entries (or anything else) as ratings: entries that are not a rating are left out. */
export function ratingsOf(entries: Record<string, unknown>): Ratings {
  const out: Ratings = {};
  for (const [key, value] of Object.entries(entries)) if (isRating(value)) out[key] = value;
  return out;
}

/**
 * Decides whether a participant's whole set of ratings may be stored now: only while open, only
 * for the scale's statements, "Vet inte" only where offered. Returns what to store.
 */
export function acceptRatings(
  status: ActivityStatus,
  config: ScaleConfig,
  ratings: Ratings,
): Result<Ratings> {
  if (status !== 'open') return fail('VOTING_CLOSED');
  const ids = new Set(config.statements.map((s) => s.id));
  for (const [id, rating] of Object.entries(ratings)) {
    if (!ids.has(id) || !isRating(rating)) return fail('VALIDATION');
    if (rating === SKIP && !config.allowSkip) return fail('VALIDATION');
  }
  return ok({ ...ratings });
}

/**
 * Whether ratings given under `stored` keep their meaning under `next`: the same words on the
 * points, the same "Vet inte" choice, and every rated statement still there with the same text.
 * A new prompt, a new order or a statement added leave them meaning what they meant.
 */
export function sameRules(stored: ScaleConfig, next: ScaleConfig): boolean {
  if (stored.allowSkip !== next.allowSkip) return false;
  const a = stored.labels;
  const b = next.labels;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'custom' && b.kind === 'custom' && (a.low !== b.low || a.high !== b.high)) return false;
  const texts = new Map(next.statements.map((s) => [s.id, s.text]));
  return stored.statements.every((s) => texts.get(s.id) === s.text);
}

export const emptyDistribution = (): Distribution => ({
  counts: [0, 0, 0, 0, 0],
  skips: 0,
  n: 0,
  median: null,
  mean: null,
});

/** The median of counted points: the middle one, or halfway between the two middle ones. */
export function medianOf(counts: readonly number[]): number | null {
  const n = counts.reduce((sum, c) => sum + c, 0);
  if (n === 0) return null;
  const at = (k: number) => {
    // The k-th smallest point (0-based).
    let seen = 0;
    for (const [i, c] of counts.entries()) {
      seen += c;
      if (k < seen) return i + 1;
    }
    return counts.length;
  };
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

/** Fills in n, median and mean from the counts. */
export function finish(d: Distribution): Distribution {
  const n = d.counts.reduce((sum, c) => sum + c, 0);
  const total = d.counts.reduce((sum, c, i) => sum + c * (i + 1), 0);
  return { ...d, n, median: medianOf(d.counts), mean: n === 0 ? null : Math.round((total / n) * 100) / 100 };
}

function add(d: Distribution, rating: Rating): void {
  if (rating === SKIP) d.skips += 1;
  else d.counts[rating - 1] = (d.counts[rating - 1] ?? 0) + 1;
}

export interface ScaleBallot {
  sector: Sector;
  ratings: Ratings;
}

const emptyStatement = (): StatementResult => ({
  ...emptyDistribution(),
  bySector: Object.fromEntries(SECTORS.map((s) => [s, emptyDistribution()])) as Record<Sector, Distribution>,
});

/**
 * The one way scales are counted, for every screen and every export: per statement of the
 * config, the distribution over the five points and the skips, overall and per sector. Ratings
 * of statements no longer in the config are not counted; a respondent is a participant with at
 * least one counted answer ("Vet inte" included).
 */
export function tallyScale(config: ScaleConfig, ballots: readonly ScaleBallot[]): ScaleResults {
  // A Map, so no statement id (even one such as `__proto__`) can reach an object's prototype.
  const rows = new Map(config.statements.map((s) => [s.id, emptyStatement()]));
  const respondentsBySector = emptyBySector();
  let respondents = 0;
  for (const { sector, ratings } of ballots) {
    let answered = false;
    for (const [id, rating] of Object.entries(ratings)) {
      const row = rows.get(id);
      if (!row || !isRating(rating)) continue;
      add(row, rating);
      add(row.bySector[sector], rating);
      answered = true;
    }
    if (answered) {
      respondents += 1;
      respondentsBySector[sector] += 1;
    }
  }
  const finished = (row: StatementResult): StatementResult => ({
    ...finish(row),
    bySector: Object.fromEntries(SECTORS.map((s) => [s, finish(row.bySector[s])])) as Record<
      Sector,
      Distribution
    >,
  });
  return {
    respondents,
    respondentsBySector,
    byStatement: Object.fromEntries([...rows].map(([id, row]) => [id, finished(row)])),
  };
}

/** How many statements a set of ratings answers (a skip is an answer). */
export const answeredCount = (config: ScaleConfig, ratings: Ratings): number =>
  config.statements.filter((s) => ratings[s.id] !== undefined).length;
