import { fail, ok, type Result } from '../../domain/result.ts';
import { emptyBySector, SECTORS, type Sector } from '../../domain/sectors.ts';
import type { ActivityStatus } from '../../domain/workshop.ts';
import type {
  AxisStats,
  ItemResult,
  MatrixConfig,
  MatrixPoint,
  MatrixResults,
  Placement,
  PlacementStats,
  Placements,
  RiskBand,
} from './types.ts';

const isPoint = (v: unknown): v is MatrixPoint =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;

export const isPlacement = (value: unknown): value is Placement =>
  typeof value === 'object' &&
  value !== null &&
  isPoint((value as { x?: unknown }).x) &&
  isPoint((value as { y?: unknown }).y);

/** Stored entries (or anything else) as placements: entries that are not a placement are left out. */
export function placementsOf(entries: Record<string, unknown>): Placements {
  // fromEntries, not assignment: an id such as `__proto__` must stay an ordinary key.
  return Object.fromEntries(
    Object.entries(entries).flatMap(([key, v]) => (isPlacement(v) ? [[key, { x: v.x, y: v.y }]] : [])),
  );
}

/**
 * Decides whether a participant's whole set of placements may be stored now: only while open,
 * only for the matrix's items. Returns what to store.
 */
export function acceptPlacements(
  status: ActivityStatus,
  config: MatrixConfig,
  placements: Placements,
): Result<Placements> {
  if (status !== 'open') return fail('VOTING_CLOSED');
  const ids = new Set(config.items.map((s) => s.id));
  const entries = Object.entries(placements);
  for (const [id, p] of entries) if (!ids.has(id) || !isPlacement(p)) return fail('VALIDATION');
  return ok(placementsOf(placements));
}

const sameAxis = (a: MatrixConfig['axes']['x'], b: MatrixConfig['axes']['x']) =>
  a.name === b.name && a.low === b.low && a.high === b.high;

/**
 * Whether placements given under `stored` keep their meaning under `next`: the same variant, the
 * same axes and end words, and every placed item still there with the same text. A new prompt, a
 * new order or an item added leave them meaning what they meant.
 */
export function sameRules(stored: MatrixConfig, next: MatrixConfig): boolean {
  if (stored.variant !== next.variant) return false;
  if (!sameAxis(stored.axes.x, next.axes.x) || !sameAxis(stored.axes.y, next.axes.y)) return false;
  const texts = new Map(next.items.map((s) => [s.id, s.text]));
  return stored.items.every((s) => texts.get(s.id) === s.text);
}

/**
 * The band of a risk score (x·y): low 1–4, medium 5–9, high 10–16, very high 20–25 (no product of
 * two points lies between 16 and 20). A mean score goes by the same thresholds: under 5, under
 * 10, under 20, and 20 or more.
 */
export function riskBand(score: number): RiskBand {
  if (score < 5) return 'low';
  if (score < 10) return 'medium';
  if (score < 20) return 'high';
  return 'veryHigh';
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** Mean and population standard deviation (the room's own spread, 0 for one placement). */
export function axisStats(values: readonly number[]): AxisStats {
  const n = values.length;
  if (n === 0) return { mean: null, sd: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / n;
  return { mean: round2(mean), sd: round2(Math.sqrt(variance)) };
}

const emptyGrid = (): number[][] => Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);

/** A group's placements of one item, gathered before the statistics are taken. */
interface Gathered {
  xs: number[];
  ys: number[];
}

function statsOf(g: Gathered, risk: boolean): PlacementStats {
  const grid = emptyGrid();
  for (const [i, x] of g.xs.entries()) {
    const y = g.ys[i] ?? 1;
    const row = grid[y - 1];
    if (row) row[x - 1] = (row[x - 1] ?? 0) + 1;
  }
  const n = g.xs.length;
  const score = risk && n > 0 ? round2(g.xs.reduce((sum, x, i) => sum + x * (g.ys[i] ?? 0), 0) / n) : null;
  return {
    n,
    x: axisStats(g.xs),
    y: axisStats(g.ys),
    grid,
    score,
    band: score === null ? null : riskBand(score),
  };
}

export interface MatrixBallot {
  sector: Sector;
  placements: Placements;
}

/** What an item's stats are with nobody having placed it. */
export const emptyStats = (risk: boolean): PlacementStats => statsOf({ xs: [], ys: [] }, risk);

/**
 * The one way a matrix is counted, for every screen and every export: per item of the config,
 * the mean position and spread on each axis and the 5×5 count grid (and, in a risk matrix, the
 * mean score and its band), overall and per sector. Placements of items no longer in the config
 * are not counted; a respondent is a participant with at least one counted placement.
 */
export function tallyMatrix(config: MatrixConfig, ballots: readonly MatrixBallot[]): MatrixResults {
  const risk = config.variant === 'risk';
  const fresh = (): Gathered => ({ xs: [], ys: [] });
  // A Map, so no item id (even one such as `__proto__`) can reach an object's prototype.
  const rows = new Map(
    config.items.map((s) => [
      s.id,
      { all: fresh(), bySector: new Map(SECTORS.map((sector) => [sector, fresh()])) },
    ]),
  );
  const respondentsBySector = emptyBySector();
  let respondents = 0;
  for (const { sector, placements } of ballots) {
    let answered = false;
    for (const [id, p] of Object.entries(placements)) {
      const row = rows.get(id);
      if (!row || !isPlacement(p)) continue;
      for (const g of [row.all, row.bySector.get(sector)]) {
        g?.xs.push(p.x);
        g?.ys.push(p.y);
      }
      answered = true;
    }
    if (answered) {
      respondents += 1;
      respondentsBySector[sector] += 1;
    }
  }
  // fromEntries defines own properties: an id such as `__proto__` stays an ordinary key.
  const byItem: Record<string, ItemResult> = Object.fromEntries(
    [...rows].map(([id, row]) => [
      id,
      {
        ...statsOf(row.all, risk),
        bySector: Object.fromEntries(
          SECTORS.map((s) => [s, statsOf(row.bySector.get(s) ?? fresh(), risk)]),
        ) as Record<Sector, PlacementStats>,
      },
    ]),
  );
  return { respondents, respondentsBySector, byItem };
}

/** How many of the matrix's items a set of placements places. */
export const placedCount = (config: MatrixConfig, placements: Placements): number =>
  config.items.filter((s) => placements[s.id] !== undefined).length;
