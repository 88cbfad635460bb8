import type { Words } from '../../i18n/typeStrings.ts';
import type { BallotStrings } from './strings.ts';

export const en: Words<BallotStrings> = {
  intro: 'Tap a priority to give it a dot. Tap minus to take one back.',
  budget: '{{left}} of {{total}} dots left',
  capRule: 'At most {{n}} dots on the same priority.',
  done: 'Done – you have placed all your dots.',
  doneMore: 'You can change them until voting closes.',
  add: 'Add dot',
  remove: 'Remove dot from priority {{n}}',
  yours: 'Your dots here: {{n}}',
  capReached: 'At most {{n}} here',
  why: {
    budget: 'All your dots are placed. Take one back to move it.',
    cap: 'Priority {{item}} already has {{n}} dots, the most allowed.',
    none: 'You have no dot on priority {{item}}.',
  },
  merged: 'Merged from {{n}}',
  closed: 'Voting is closed – wait for the results.',
  notOpen: 'Voting has not started yet.',
  recap: {
    heading: 'Your dots',
    none: 'You placed no dots.',
    dots: '{{n}} dots',
    dotsOne: '1 dot',
  },
};
