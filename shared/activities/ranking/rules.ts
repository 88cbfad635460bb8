import { fail, ok, type Result } from '../../domain/result.ts';
import { emptyBySector, SECTORS, type Sector } from '../../domain/sectors.ts';
import type { ActivityStatus } from '../../domain/workshop.ts';
import type { ItemResult, RankingAnswer, RankingConfig, RankingResults } from './types.ts';

export const EMPTY_ANSWER: RankingAnswer = { order: [] };

/**
 * The current items a stored order ranks, in its order, each once: ids no longer in the config
 * (and repeats) are left out. A ranking stored before an item was added does not rank that item.
 */
export function rankedIds(config: RankingConfig, order: readonly string[]): string[] {
  const known = new Set(config.items.map((i) => i.id));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const id of order) {
    if (!known.has(id) || seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
}

/**
 * The order a phone starts from: the stored order's current items, then the items it does not
 * rank (added since, or all of them before a first answer) in the config's order.
 */
export function startingOrder(config: RankingConfig, stored: readonly string[]): string[] {
  const ranked = rankedIds(config, stored);
  const inRanked = new Set(ranked);
  return [...ranked, ...config.items.map((i) => i.id).filter((id) => !inRanked.has(id))];
}

/** Whether a stored order ranks every current item (and nothing else): it needs no new save. */
export function ranksAll(config: RankingConfig, order: readonly string[]): boolean {
  return order.length === config.items.length && rankedIds(config, order).length === order.length;
}

/**
 * Decides whether an order may be stored now: only while open, and only a whole order of the
 * current items, each exactly once. A participant answers by putting everything in order.
 */
export function acceptRanking(
  status: ActivityStatus,
  config: RankingConfig,
  answer: RankingAnswer,
): Result<RankingAnswer> {
  if (status !== 'open') return fail('VOTING_CLOSED');
  if (!ranksAll(config, answer.order)) return fail('VALIDATION');
  return ok({ order: [...answer.order] });
}

/**
 * Whether rankings stored under `stored` keep their meaning under `next`: every stored item is
 * still there with the same words. A new prompt, a new order or new items leave them meaning
 * what they meant (a stored ranking then simply does not rank the new items).
 */
export function sameItems(stored: RankingConfig, next: RankingConfig): boolean {
  const texts = new Map(next.items.map((i) => [i.id, i.text]));
  return stored.items.every((i) => texts.get(i.id) === i.text);
}

/** A stored value as an answer; null when it is not one (nothing counted from it). */
export function answerOf(value: unknown): RankingAnswer | null {
  if (typeof value !== 'object' || value === null || !('order' in value)) return null;
  const { order } = value;
  if (!Array.isArray(order) || !order.every((id) => typeof id === 'string')) return null;
  return { order: order as string[] };
}

export interface RankingBallot {
  sector: Sector;
  order: readonly string[];
}

interface Acc {
  id: string;
  index: number;
  points: number;
  sum: number;
  count: number;
  best: number | null;
  worst: number | null;
  positions: number[];
}

/** a before b: more points, then a lower (better) mean position, then the config's order. */
function compare(a: Acc, b: Acc): number {
  if (a.points !== b.points) return b.points - a.points;
  const byMean = meanOrder(a, b);
  return byMean !== 0 ? byMean : a.index - b.index;
}

/** Compares exact means without rounding (a·count_b vs b·count_a); nobody's ranking comes last. */
function meanOrder(a: Acc, b: Acc): number {
  if (a.count === 0 || b.count === 0) return (a.count === 0 ? 1 : 0) - (b.count === 0 ? 1 : 0);
  return a.sum * b.count - b.sum * a.count;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * One group's standing (everyone, or one sector). Each person who ranked m of the current items
 * gives the item at position p (1 = first) m − p Borda points: the first gets m − 1, the last 0.
 * Means and spreads are over those who ranked the item.
 */
export function tallyGroup(config: RankingConfig, orders: readonly (readonly string[])[]): ItemResult[] {
  const n = config.items.length;
  const accs = new Map<string, Acc>(
    config.items.map((item, index) => [
      item.id,
      {
        id: item.id,
        index,
        points: 0,
        sum: 0,
        count: 0,
        best: null,
        worst: null,
        positions: Array(n).fill(0),
      },
    ]),
  );
  for (const order of orders) {
    const ranked = rankedIds(config, order);
    const m = ranked.length;
    for (const [i, id] of ranked.entries()) {
      const acc = accs.get(id);
      if (!acc) continue;
      const position = i + 1;
      acc.points += m - position;
      acc.sum += position;
      acc.count += 1;
      acc.positions[i] = (acc.positions[i] ?? 0) + 1;
      acc.best = acc.best === null ? position : Math.min(acc.best, position);
      acc.worst = acc.worst === null ? position : Math.max(acc.worst, position);
    }
  }
  const sorted = [...accs.values()].sort(compare);
  const out: ItemResult[] = [];
  for (const [i, acc] of sorted.entries()) {
    const before = sorted[i - 1];
    const prev = out[i - 1];
    // Competition ranking (1, 1, 3): only a tie in points and mean position shares a place.
    const tied = before !== undefined && before.points === acc.points && meanOrder(before, acc) === 0;
    out.push({
      id: acc.id,
      place: tied && prev ? prev.place : i + 1,
      points: acc.points,
      meanPosition: acc.count === 0 ? null : round2(acc.sum / acc.count),
      best: acc.best,
      worst: acc.worst,
      positions: acc.positions,
      respondents: acc.count,
    });
  }
  return out;
}

/**
 * The one way a ranking is counted, for every screen and every export: Borda points, mean position
 * and spread per current item, overall and per sector. A respondent is a participant whose stored
 * order ranks at least one current item.
 */
export function tallyRanking(config: RankingConfig, ballots: readonly RankingBallot[]): RankingResults {
  const counted = ballots.filter((b) => rankedIds(config, b.order).length > 0);
  const respondentsBySector = emptyBySector();
  for (const b of counted) respondentsBySector[b.sector] += 1;
  const bySector: RankingResults['bySector'] = {};
  for (const sector of SECTORS) {
    if (respondentsBySector[sector] === 0) continue;
    bySector[sector] = tallyGroup(
      config,
      counted.filter((b) => b.sector === sector).map((b) => b.order),
    );
  }
  return {
    respondents: counted.length,
    respondentsBySector,
    items: tallyGroup(
      config,
      counted.map((b) => b.order),
    ),
    bySector,
  };
}

/** Moves the item at `from` by `by` places; the same order when it would leave the list. */
export function moveInOrder(order: readonly string[], from: number, by: number): string[] {
  const to = from + by;
  if (from < 0 || from >= order.length || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}
