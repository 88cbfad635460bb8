import { isRating } from '../../../shared/activities/scale/rules.ts';
import type {
  Ratings,
  ScaleConfig,
  ScaleLabels,
  ScaleStatement,
} from '../../../shared/activities/scale/types.ts';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function labelsOf(v: unknown): ScaleLabels | null {
  if (!isObject(v)) return null;
  if (v.kind === 'agree') return { kind: 'agree' };
  if (v.kind === 'custom' && typeof v.low === 'string' && typeof v.high === 'string')
    return { kind: 'custom', low: v.low, high: v.high };
  return null;
}

/**
 * A scale's config as the server sent it (its schema checked it there); null if it is not one,
 * so a screen shows a note rather than statements it cannot read.
 */
export function scaleConfigOf(config: unknown): ScaleConfig | null {
  if (!isObject(config) || !Array.isArray(config.statements)) return null;
  const statements: ScaleStatement[] = [];
  for (const s of config.statements) {
    if (!isObject(s) || typeof s.id !== 'string' || typeof s.text !== 'string') return null;
    statements.push({ id: s.id, text: s.text });
  }
  const labels = labelsOf(config.labels);
  if (!labels) return null;
  const prompt = typeof config.prompt === 'string' ? config.prompt : '';
  return { prompt, statements, labels, allowSkip: config.allowSkip !== false };
}

/** Ratings by statement id, as the server stores them; null when `value` is not that shape. */
export function ratingsValue(value: unknown): Ratings | null {
  if (!isObject(value)) return null;
  const out: Ratings = {};
  for (const [id, r] of Object.entries(value)) {
    if (!isRating(r)) return null;
    out[id] = r;
  }
  return out;
}
