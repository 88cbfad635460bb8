import type { Words } from '../../i18n/typeStrings.ts';
import type { BallotStrings } from './strings.ts';

export const en: Words<BallotStrings> = {
  intro: 'Tap a priority to give it a dot. Tap minus to take one back.',
  left: '{{n}} dots left',
  leftOne: '1 dot left',
  leftNone: 'No dots left',
  add: 'Add dot',
  remove: 'Remove dot from priority {{n}}',
  yours: 'Your dots: {{n}}',
  maxReached: 'At most {{n}} per priority',
  closed: 'Voting is closed – wait for the results.',
  notOpen: 'Voting has not started yet.',
};
