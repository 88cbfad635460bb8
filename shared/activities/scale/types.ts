import type { BySector, Sector } from '../../domain/sectors.ts';

/** Scales (skalfrågor): statements each rated 1–5, counted as distributions, not only a mean. */
export const SCALE_TYPE = 'scale';

/** The five points of every scale, lowest first. */
export const SCALE_POINTS = [1, 2, 3, 4, 5] as const;
export type ScalePoint = (typeof SCALE_POINTS)[number];

/** "Vet inte": stored as its own answer, shown beside the distribution, never counted in it. */
export const SKIP = 'skip';
export type Rating = ScalePoint | typeof SKIP;

export interface ScaleStatement {
  /** Stable through edits, so stored ratings keep meaning what they meant. */
  id: string;
  text: string;
}

/** The words of the points: the agree scale (words in each language) or the facilitator's own ends. */
export type ScaleLabels = { kind: 'agree' } | { kind: 'custom'; low: string; high: string };

export interface ScaleConfig {
  /** A question or instruction above the statements; may be empty. */
  prompt: string;
  statements: ScaleStatement[];
  labels: ScaleLabels;
  /** Whether "Vet inte" is offered. */
  allowSkip: boolean;
}

/** The scale's state for every role: everything it needs is in its config. */
export type ScaleView = Record<string, never>;

/** A participant's ratings by statement id: their whole response, replaced on every change. */
export type Ratings = Record<string, Rating>;

/** How many chose each point (index 0 is point 1), and how many answered "Vet inte". */
export interface Distribution {
  counts: [number, number, number, number, number];
  skips: number;
  /** Those who chose a point (skips left out). */
  n: number;
  /** The median point (x.5 between two), null without a point chosen. */
  median: number | null;
  mean: number | null;
}

export interface StatementResult extends Distribution {
  bySector: Record<Sector, Distribution>;
}

/** The results (`activity:results`). Before reveal the projector gets it without `byStatement`. */
export interface ScaleResults {
  /** Participants with at least one answer (a "Vet inte" counts as answering). */
  respondents: number;
  respondentsBySector: BySector;
  byStatement: Record<string, StatementResult>;
}

/** Scales have responses and results; no co-edited document. */
export const SCALE_CAPS = { document: false, results: true, responses: true } as const;

/** Bounds the schema and the setup form share. */
export const SCALE_LIMITS = { statements: 15, statementLength: 200, labelLength: 40 } as const;
