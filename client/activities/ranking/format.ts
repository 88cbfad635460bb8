import type { ItemResult } from '../../../shared/activities/ranking/types.ts';
import type { Say } from '../../i18n/typeStrings.ts';
import type { Lang } from '../../stores/langStore.ts';
import type { RankingStrings } from './strings.ts';

/** A mean place as people write it in the language on screen (1,5 in Swedish). */
export const formatMean = (m: number, lang: Lang): string =>
  new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 }).format(m);

/** "plats 1–4", "alltid plats 2" or "ingen har rangordnat den". */
export function rangeText(r: ItemResult, s: Say<RankingStrings>): string {
  if (r.best === null || r.worst === null) return s('results.notRanked');
  return r.best === r.worst
    ? s('results.rangeOne', { best: r.best })
    : s('results.range', { best: r.best, worst: r.worst });
}

/** The positions an item was given in words: "Plats 1: 3, 2: 1" (places nobody gave it left out). */
export function spreadWords(r: ItemResult, s: Say<RankingStrings>): string {
  const list = r.positions.flatMap((n, i) => (n > 0 ? [s('results.spreadItem', { place: i + 1, n })] : []));
  return list.length > 0 ? s('results.spreadText', { list: list.join(', ') }) : s('results.notRanked');
}

/** "12 poäng · medelplats 1,8 · plats 1–4": one line of an item's standing. */
export function standingText(r: ItemResult, s: Say<RankingStrings>, lang: Lang): string {
  const parts = [s('results.pointsN', { n: r.points })];
  if (r.meanPosition !== null) parts.push(s('results.meanN', { m: formatMean(r.meanPosition, lang) }));
  parts.push(rangeText(r, s));
  return parts.join(' · ');
}
