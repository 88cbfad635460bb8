import { isPlacement } from '../../../shared/activities/matrix/rules.ts';
import type {
  MatrixAxis,
  MatrixConfig,
  MatrixItem,
  Placements,
} from '../../../shared/activities/matrix/types.ts';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function axisOf(v: unknown): MatrixAxis | null {
  if (!isObject(v)) return null;
  const { name, low, high } = v;
  return typeof name === 'string' && typeof low === 'string' && typeof high === 'string'
    ? { name, low, high }
    : null;
}

/**
 * A matrix's config as the server sent it (its schema checked it there); null if it is not one,
 * so a screen shows a note rather than items it cannot read.
 */
export function matrixConfigOf(config: unknown): MatrixConfig | null {
  if (!isObject(config) || !Array.isArray(config.items) || !isObject(config.axes)) return null;
  const items: MatrixItem[] = [];
  for (const s of config.items) {
    if (!isObject(s) || typeof s.id !== 'string' || typeof s.text !== 'string') return null;
    items.push({ id: s.id, text: s.text });
  }
  const x = axisOf(config.axes.x);
  const y = axisOf(config.axes.y);
  if (!x || !y) return null;
  const variant = config.variant === 'risk' ? 'risk' : 'grid';
  const prompt = typeof config.prompt === 'string' ? config.prompt : '';
  return { prompt, variant, axes: { x, y }, items };
}

/** Placements by item id, as the server stores them; null when `value` is not that shape. */
export function placementsValue(value: unknown): Placements | null {
  if (!isObject(value)) return null;
  const entries: Array<[string, { x: 1 | 2 | 3 | 4 | 5; y: 1 | 2 | 3 | 4 | 5 }]> = [];
  for (const [id, p] of Object.entries(value)) {
    if (!isPlacement(p)) return null;
    entries.push([id, { x: p.x, y: p.y }]);
  }
  // fromEntries: an id such as `__proto__` stays an ordinary key.
  return Object.fromEntries(entries);
}
