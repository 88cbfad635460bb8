/**
 * Dates as people say them: "onsdag 3 december", "onsdag 3 december kl. 09.00" (Swedish writes
 * the time with a period, Språkrådet's rule), "Wednesday 3 December at 09:00". The year only when
 * it is not this year's. Built from parts, so no locale's punctuation ("Wednesday, 3 December")
 * gets between them.
 */
export type DateLang = 'sv' | 'en';

export interface DateOptions {
  /** The clock's "now", for whether to say the year; the real one when left out. */
  now?: number;
  /** The zone to say an instant in; the runtime's own when left out. */
  timeZone?: string;
}

const LOCALE: Record<DateLang, string> = { sv: 'sv-SE', en: 'en-GB' };

function dayWords(date: Date, lang: DateLang, zone: { timeZone?: string }, now: number): string {
  const yearOf = (d: Date) => new Intl.DateTimeFormat('en', { year: 'numeric', ...zone }).format(d);
  const otherYear = yearOf(date) !== yearOf(new Date(now));
  const named = new Intl.DateTimeFormat(LOCALE[lang], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...zone,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => named.find((p) => p.type === type)?.value ?? '';
  return [part('weekday'), part('day'), part('month'), otherYear ? part('year') : '']
    .filter(Boolean)
    .join(' ');
}

/** A calendar day ("2026-12-03") as "torsdag 3 december"; the input unchanged if it is not a date. */
export function spokenDate(day: string, lang: DateLang, options: DateOptions = {}): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  // Noon UTC, said in UTC: a calendar day has no zone to shift it across midnight.
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return dayWords(date, lang, { timeZone: 'UTC' }, options.now ?? Date.now());
}

/** An instant as "onsdag 3 december kl. 09.00". */
export function spokenDateTime(iso: string, lang: DateLang, options: DateOptions = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  const day = dayWords(date, lang, zone, options.now ?? Date.now());
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...zone,
  })
    .formatToParts(date)
    .filter((p) => p.type === 'hour' || p.type === 'minute')
    .map((p) => p.value);
  return lang === 'sv' ? `${day} kl. ${time.join('.')}` : `${day} at ${time.join(':')}`;
}
