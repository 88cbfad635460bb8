import type { BySector, Sector } from '../../domain/sectors.ts';

/**
 * Matrix (matris): items placed on two named axes, each 1–5. Two variants: a 2×2 matrix
 * (effekt × genomförbarhet, say) and a risk matrix (sannolikhet × konsekvens on a coloured 5×5
 * grid). Counted as mean positions with their spread, and a 5×5 count grid.
 */
export const MATRIX_TYPE = 'matrix';

/** The five positions of each axis, lowest first. */
export const MATRIX_POINTS = [1, 2, 3, 4, 5] as const;
export type MatrixPoint = (typeof MATRIX_POINTS)[number];

export const MATRIX_VARIANTS = ['grid', 'risk'] as const;
export type MatrixVariant = (typeof MATRIX_VARIANTS)[number];

/** One axis: its name and the words of its two ends (position 1 and position 5). */
export interface MatrixAxis {
  name: string;
  low: string;
  high: string;
}

export interface MatrixAxes {
  /** Horizontal: left is low. */
  x: MatrixAxis;
  /** Vertical: bottom is low. */
  y: MatrixAxis;
}

export interface MatrixItem {
  /** Stable through edits, so stored placements keep meaning what they meant. */
  id: string;
  text: string;
}

export interface MatrixConfig {
  /** A question or instruction above the items; may be empty. */
  prompt: string;
  variant: MatrixVariant;
  axes: MatrixAxes;
  items: MatrixItem[];
}

/** The matrix's state for every role: everything it needs is in its config. */
export type MatrixView = Record<string, never>;

/** Where one participant placed one item. */
export interface Placement {
  x: MatrixPoint;
  y: MatrixPoint;
}

/** A participant's placements by item id: their whole response; an item left out is skipped. */
export type Placements = Record<string, Placement>;

/**
 * Risk levels of a score (sannolikhet × konsekvens, 1–25): low 1–4, medium 5–9, high 10–16,
 * very high 20–25. A mean score between the integer bands goes by the thresholds 5, 10 and 20.
 */
export const RISK_BANDS = ['low', 'medium', 'high', 'veryHigh'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

/** The mean and the spread (population standard deviation) of one axis; null without placements. */
export interface AxisStats {
  mean: number | null;
  sd: number | null;
}

/** What the placements of one item say, for one group of participants. */
export interface PlacementStats {
  /** Participants who placed the item. */
  n: number;
  x: AxisStats;
  y: AxisStats;
  /** How many placed it in each cell: `grid[y - 1][x - 1]`. */
  grid: number[][];
  /** Risk only: the mean of each participant's x·y (two decimals); null in a 2×2 matrix or without placements. */
  score: number | null;
  /** Risk only: the band of `score`. */
  band: RiskBand | null;
}

export interface ItemResult extends PlacementStats {
  bySector: Record<Sector, PlacementStats>;
}

/** The results (`activity:results`). Before reveal the projector gets it without `byItem`. */
export interface MatrixResults {
  /** Participants with at least one item placed. */
  respondents: number;
  respondentsBySector: BySector;
  byItem: Record<string, ItemResult>;
}

/** A matrix has responses and results; no co-edited document. */
export const MATRIX_CAPS = { document: false, results: true, responses: true } as const;

/** Bounds the schema and the setup form share. */
export const MATRIX_LIMITS = {
  items: 20,
  /** As long as a list's priority, so items fetched from a list are never cut. */
  itemLength: 500,
  axisNameLength: 40,
  axisWordLength: 40,
} as const;
