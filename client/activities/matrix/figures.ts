import type { MatrixConfig, PlacementStats } from '../../../shared/activities/matrix/types.ts';
import type { Say } from '../../i18n/typeStrings.ts';
import type { Lang } from '../../stores/langStore.ts';
import { formatNumber } from './format.ts';
import type { MatrixStrings } from './strings.ts';

/**
 * One item's figures in words, the same on every screen: "Genomförbarhet 3,2 ± 0,8 · Effekt 4,1
 * ± 0,5", and in a risk matrix "riskvärde 12 (hög)" after it. Empty without placements.
 */
export function figuresText(
  config: MatrixConfig,
  r: PlacementStats,
  s: Say<MatrixStrings>,
  lang: Lang,
): string[] {
  if (r.n === 0 || r.x.mean === null || r.y.mean === null) return [];
  const axis = (name: string, mean: number, sd: number | null) =>
    s('results.meanOf', { axis: name, mean: formatNumber(mean, lang), sd: formatNumber(sd ?? 0, lang) });
  const parts = [axis(config.axes.x.name, r.x.mean, r.x.sd), axis(config.axes.y.name, r.y.mean, r.y.sd)];
  if (r.score !== null && r.band)
    parts.push(s('results.scoreOf', { score: formatNumber(r.score, lang), band: s(`bands.${r.band}`) }));
  return parts;
}
