import type { DataNotice } from '../../../shared/protocol/api.ts';
import { useStrings } from '../../i18n/typeStrings.ts';
import { noticeDetails } from './dataNotice.ts';
import { noticeWords } from './noticeWords.ts';

/** The data notice's rows behind "Mer om dina uppgifter"; its English is loaded when chosen. */
export function NoticeDetails({ notice, org }: { notice: DataNotice; org: string }) {
  const say = useStrings(noticeWords);
  const text = noticeDetails(notice, org, say);
  return (
    <dl className="notice-rows">
      {text.rows.map((row) => (
        <div key={row.term}>
          <dt>{row.term}</dt>
          <dd>{row.text}</dd>
        </div>
      ))}
      <div>
        <dt>{say('questions')}</dt>
        <dd>
          {say('questionsText')}{' '}
          {text.contact === null ? (
            say('askFacilitator')
          ) : text.contact.href ? (
            <a href={text.contact.href}>{text.contact.text}</a>
          ) : (
            text.contact.text
          )}
        </dd>
      </div>
    </dl>
  );
}
