import { riskBand } from '../../../shared/activities/matrix/rules.ts';
import type {
  MatrixAxis,
  MatrixConfig,
  MatrixPoint,
  Placement,
} from '../../../shared/activities/matrix/types.ts';
import type { Say } from '../../i18n/typeStrings.ts';
import type { MatrixStrings } from './strings.ts';

/** Words for the five positions of one axis, '' where a position has none. */
export type AxisWords = readonly [string, string, string, string, string];

/**
 * The words of each position: the config's end words, and in a risk matrix the type's middle
 * words (låg, medel, hög; liten, måttlig, stor) in the current language.
 */
export function axisWords(config: MatrixConfig, axis: 'x' | 'y', s: Say<MatrixStrings>): AxisWords {
  const a = config.axes[axis];
  if (config.variant !== 'risk') return [a.low, '', '', '', a.high];
  return [a.low, s(`risk.${axis}2`), s(`risk.${axis}3`), s(`risk.${axis}4`), a.high];
}

/** "Konsekvens" → "konsekvens" after a comma, but "EU-stöd" and "IT" stay as written. */
function midSentence(name: string): string {
  const [first = '', second = ''] = name;
  return second && second === second.toLocaleLowerCase() ? first.toLocaleLowerCase() + name.slice(1) : name;
}

/** "Sannolikhet 3 (medel)" or "Genomförbarhet 3". */
export function pointText(
  axis: MatrixAxis,
  words: AxisWords,
  n: MatrixPoint,
  s: Say<MatrixStrings>,
  inSentence = false,
): string {
  const name = inSentence ? midSentence(axis.name) : axis.name;
  const word = words[n - 1] ?? '';
  return word ? s('pointWord', { name, n, word: word.toLocaleLowerCase() }) : s('point', { name, n });
}

export interface PlacementWords {
  x: AxisWords;
  y: AxisWords;
}

export const wordsOf = (config: MatrixConfig, s: Say<MatrixStrings>): PlacementWords => ({
  x: axisWords(config, 'x', s),
  y: axisWords(config, 'y', s),
});

/**
 * A placement in words, the accessible name of a cell: "Sannolikhet 3 (medel), konsekvens 4
 * (stor): risknivå hög" in a risk matrix, "Genomförbarhet 1 (svår), effekt 3" in a 2×2 matrix.
 */
export function placementText(
  config: MatrixConfig,
  words: PlacementWords,
  p: Placement,
  s: Say<MatrixStrings>,
): string {
  const x = pointText(config.axes.x, words.x, p.x, s);
  const y = pointText(config.axes.y, words.y, p.y, s, true);
  if (config.variant !== 'risk') return s('cell', { x, y });
  return s('cellRisk', { x, y, level: s(`bands.${riskBand(p.x * p.y)}`) });
}
