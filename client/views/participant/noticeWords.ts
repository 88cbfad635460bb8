import { defineStrings } from '../../i18n/typeStrings.ts';

/**
 * The join page's data notice beyond its one-line summary, kept beside its view rather than in
 * the core catalogs; a phone downloads the English only when it is chosen.
 */
const sv = {
  who: 'Vem ansvarar',
  why: 'Varför',
  whyText: 'För att sammanställa vad som kom fram i workshoppen, till exempel per sektor.',
  howLong: 'Hur länge',
  keep: 'Tills processledaren tar bort workshoppen.',
  keepDays: 'Tills processledaren tar bort workshoppen, men högst {{days}} efter att den senast användes.',
  gone: 'Efter borttagningen är uppgifterna helt borta inom {{days}}.',
  goneSoon: 'Efter borttagningen är uppgifterna helt borta inom en timme.',
  day: '1 dag',
  days: '{{n}} dagar',
  public: 'Allmän handling',
  publicText:
    'Det du skriver kan bli en allmän handling enligt offentlighetsprincipen. Då kan vem som helst begära att få läsa det, och det kan sparas i ett arkiv. Skriv inte känsliga uppgifter om dig själv eller andra.',
  questions: 'Frågor',
  questionsText: 'Du kan be att få veta vad som sparas om dig och få det rättat. Kontakt:',
  askFacilitator: 'Fråga processledaren.',
};
export type NoticeWords = typeof sv;

export const noticeWords = defineStrings(sv, () => import('./noticeWords.en.ts').then((m) => m.en));
