import type { DataNotice } from '../../../shared/protocol/api.ts';
import type { Say } from '../../i18n/typeStrings.ts';
import type { NoticeWords } from './noticeWords.ts';

type S = Say<NoticeWords>;

export interface NoticeRow {
  term: string;
  text: string;
}

export interface NoticeDetailsText {
  /** Who, why, how long, public records. */
  rows: NoticeRow[];
  /** Where to ask (a link when it is an address a browser can open); null: ask the facilitator. */
  contact: { text: string; href: string | null } | null;
}

const days = (say: S, n: number): string => (n === 1 ? say('day') : say('days', { n }));

/** A mail address becomes mailto:, a web address stays; anything else is shown as text. */
export function contactHref(contact: string): string | null {
  const href = contact.includes('@') && !contact.includes('/') ? `mailto:${contact}` : contact;
  return /^(mailto:|https?:\/\/)/.test(href) ? href : null;
}

/**
 * The join page's notice about personal data (GDPR art. 13) behind "Mer om dina uppgifter", in
 * plain words, from what the installation configured: `org` (SAMSYN_ORGANISATION or the
 * generic words), the retention rule, the grace after a deletion, the contact.
 */
export function noticeDetails(notice: DataNotice, org: string, say: S): NoticeDetailsText {
  const keep =
    notice.retentionDays === null ? say('keep') : say('keepDays', { days: days(say, notice.retentionDays) });
  // A grace of 0 purges at the next hourly sweep (server/createServer.ts DELETION_SWEEP_MS).
  const gone = notice.graceDays === 0 ? say('goneSoon') : say('gone', { days: days(say, notice.graceDays) });
  return {
    rows: [
      { term: say('who'), text: org },
      { term: say('why'), text: say('whyText') },
      { term: say('howLong'), text: `${keep} ${gone}` },
      { term: say('public'), text: say('publicText') },
    ],
    contact: notice.contact === null ? null : { text: notice.contact, href: contactHref(notice.contact) },
  };
}
