import type { DataNotice as Notice } from '../../../shared/protocol/api.ts';
import { useT } from '../../i18n/useT.ts';
import { NoticeDetails } from './NoticeDetails.tsx';

/**
 * Who holds the participant's data and that it may become a public record, said before joining;
 * why, for how long and where to ask behind one tap, so the phone's form stays short. The details
 * are in the first download, not a lazy chunk: a lazy chunk from the entry costs the phone more
 * than they do (docs/ARCHITECTURE.md, the phone's budget).
 */
export function DataNotice({ notice }: { notice: Notice }) {
  const t = useT();
  const org = notice.organisation ?? t('join.noticeOrgFallback');
  return (
    <>
      <p>{t('join.noticeSummary', { org })}</p>
      <details className="more">
        <summary>{t('join.noticeMore')}</summary>
        <NoticeDetails notice={notice} org={org} />
      </details>
    </>
  );
}
