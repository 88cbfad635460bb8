import {
  type Rating,
  SCALE_POINTS,
  type ScaleConfig,
  type ScalePoint,
} from '../../../shared/activities/scale/types.ts';
import type { Say } from '../../i18n/typeStrings.ts';
import type { ScaleStrings } from './strings.ts';

export interface Point {
  value: ScalePoint;
  /** The point's words; '' for a middle point of a scale with only its ends named. */
  word: string;
}

/** The five points with their words in the current language. */
export function pointsOf(config: ScaleConfig, s: Say<ScaleStrings>): Point[] {
  const { labels } = config;
  return SCALE_POINTS.map((value) => ({
    value,
    word:
      labels.kind === 'agree'
        ? s(`agree.p${value}`)
        : value === 1
          ? labels.low
          : value === 5
            ? labels.high
            : '',
  }));
}

/** A rating as words: "4 – Instämmer", "3", or "Vet inte". */
export function ratingText(rating: Rating, points: readonly Point[], s: Say<ScaleStrings>): string {
  if (rating === 'skip') return s('skip');
  const word = points[rating - 1]?.word ?? '';
  return word ? `${rating} – ${word}` : String(rating);
}
