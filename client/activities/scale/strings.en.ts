import type { Words } from '../../i18n/typeStrings.ts';
import type { ScaleStrings } from './strings.ts';

export const en: Words<ScaleStrings> = {
  intro: 'Choose what fits you best. Your answer is saved at once and you can change it.',
  progress: 'You have answered {{n}} of {{total}}',
  done: 'Done! All your answers are saved. You can change them until the scales close.',
  statement: 'Statement {{n}} of {{total}}',
  agree: {
    p1: 'Strongly disagree',
    p2: 'Disagree',
    p3: 'Neither agree nor disagree',
    p4: 'Agree',
    p5: 'Strongly agree',
  },
  skip: 'Don’t know',
  clear: 'Remove my answer',
  clearFor: 'Remove my answer to statement {{n}}',
  closed: 'The scales are closed – wait for the results.',
  notOpen: 'The scales have not started yet.',
  yourAnswer: 'Your answer: {{answer}}',
  noAnswer: 'You did not answer.',
  results: {
    heading: 'Results',
    respondents: '{{n}} have answered',
    respondentsOne: '1 has answered',
    none: 'No answers yet.',
    answers: '{{n}} answers',
    answersOne: '1 answer',
    median: 'median {{m}}',
    skips: 'Don’t know: {{n}}',
    point: '{{label}}: {{n}}',
  },
};
