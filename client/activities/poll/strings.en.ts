import type { Words } from '../../i18n/typeStrings.ts';
import type { PollStrings } from './strings.ts';

export const en: Words<PollStrings> = {
  chooseOne: 'Choose one answer.',
  chooseMany: 'Choose at most {{n}} answers.',
  chosen: 'You have chosen {{n}} of {{max}}.',
  full: 'You have chosen as many as you can. Remove one to choose another.',
  other: 'Other',
  otherLabel: 'Your own answer',
  otherSave: 'Save the answer',
  otherUnsaved: 'Write your answer and tap Save the answer.',
  saving: 'Saving…',
  saved: 'Saved ✓ You can change your answer until the poll closes.',
  notAnswered: 'You have not answered yet.',
  clear: 'Remove my answer',
  notOpen: 'The poll has not started yet.',
  closed: 'The poll is closed – wait for the results.',
  yourAnswer: 'Your answer: {{answer}}',
  noAnswer: 'You did not answer.',
  results: 'Results',
  respondents: '{{n}} have answered',
  respondentsOne: '1 has answered',
  count: '{{n}} ({{pct}} %)',
  otherTexts: 'Answers under Other',
  none: 'No answers yet.',
};
