import type { Words } from '../../i18n/typeStrings.ts';
import type { ResultStrings } from './resultStrings.ts';

export const en: Words<ResultStrings> = {
  heading: 'Results',
  dots: '{{n}} dots',
  dotsOne: '1 dot',
  voters: '{{n}} people have voted',
  votersOne: '1 person has voted',
  totalDots: '{{n}} dots in total',
  votersBySector: 'Have voted, by sector',
  none: 'No votes yet.',
};
