import { type BySector, SECTORS } from '../../shared/domain/sectors.ts';

/** How many people stand behind an activity's results, and from which sectors. */
export interface Answered {
  n: number;
  bySector: BySector | null;
}

/**
 * The names types give the count of people who answered in their results: most say
 * `respondents`, the dot voting `voters`, the idea collection `contributors` (people with a card),
 * each with a `…BySector` beside it. The projector gets these counts before the reveal too (each
 * type's `redact` keeps them), so the frames read them here instead of asking every type. A type
 * without such a count (a list, a Q&A) gives null, and the frames leave the line out.
 */
const COUNT_KEYS = ['respondents', 'voters', 'contributors'] as const;

export function answeredOf(results: unknown): Answered | null {
  if (typeof results !== 'object' || results === null) return null;
  const r = results as Record<string, unknown>;
  for (const key of COUNT_KEYS) {
    const n = r[key];
    if (typeof n !== 'number' || !Number.isFinite(n)) continue;
    const split = r[`${key}BySector`];
    return { n, bySector: isBySector(split) ? split : null };
  }
  return null;
}

function isBySector(value: unknown): value is BySector {
  if (typeof value !== 'object' || value === null) return false;
  return SECTORS.every((s) => typeof (value as Record<string, unknown>)[s] === 'number');
}

/**
 * "12 av 40": the room is who is connected now, but never fewer than have answered (someone who
 * answered and closed the phone still counts), so the bar never runs past full.
 */
export function progressOf(answered: number, connected: number): { of: number; ratio: number } {
  const of = Math.max(answered, connected);
  return { of, ratio: of === 0 ? 0 : answered / of };
}
