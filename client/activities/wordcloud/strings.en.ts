import type { Words } from '../../i18n/typeStrings.ts';
import type { WordcloudStrings } from './strings.ts';

export const en: Words<WordcloudStrings> = {
  notOpen: 'The word cloud has not started yet.',
  closed: 'The word cloud is closed – wait for the results.',
  fieldLabel: 'Your word or short answer',
  fieldHint: 'At most {{n}} characters.',
  send: 'Send',
  sending: 'Sending…',
  sent: 'Saved ✓',
  already: 'You have already sent that answer.',
  remaining: 'You can send {{n}} more.',
  remainingOne: 'You can send 1 more.',
  full: 'You have sent all your answers. Remove one if you want to send another.',
  yours: 'Your answers',
  none: 'You have not sent anything yet.',
  noneClosed: 'You sent no answer.',
  status: {
    shown: 'In the word cloud',
    pending: 'Waiting for review',
    hidden: 'Hidden by the facilitator',
    notCounted: 'Not counted: only common small words',
  },
  remove: 'Remove',
  removeLabel: 'Remove {{text}}',
  removed: '{{text}} is removed.',
  cloud: {
    heading: 'The word cloud',
    answers: '{{n}} answers',
    answersOne: '1 answer',
    empty: 'No words yet.',
    count: '{{n}} people',
    countOne: '1 person',
    asList: 'Show as a list',
    listHeading: 'The words, most frequent first',
  },
};
