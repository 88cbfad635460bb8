import type { Words } from '../../i18n/typeStrings.ts';
import type { NoticeWords } from './noticeWords.ts';

export const en: Words<NoticeWords> = {
  who: 'Who is responsible',
  why: 'Why',
  whyText: 'To compile what came out of the workshop, for example by sector.',
  howLong: 'For how long',
  keep: 'Until the facilitator deletes the workshop.',
  keepDays: 'Until the facilitator deletes the workshop, but at most {{days}} after it was last used.',
  gone: 'After deletion the data is completely gone within {{days}}.',
  goneSoon: 'After deletion the data is completely gone within an hour.',
  day: '1 day',
  days: '{{n}} days',
  public: 'Public record',
  publicText:
    'What you write may become a public record (allmän handling) under the Swedish principle of public access. Then anyone may ask to read it, and it may be archived. Do not write sensitive details about yourself or others.',
  questions: 'Questions',
  questionsText: 'You can ask what is stored about you and have it corrected. Contact:',
  askFacilitator: 'Ask the facilitator.',
};
