import { maxChoicesOf } from '../../../shared/activities/poll/rules.ts';
import './poll.css';
import type { PollResults } from '../../../shared/activities/poll/types.ts';
import { SectorCounts } from '../../components/SectorCounts.tsx';
import { useT } from '../../i18n/useT.ts';
import { useActivityResults } from '../../stores/workshopStore.ts';
import { useSectorLabel } from '../../views/useSectorLabel.ts';
import type { ActivityViewProps } from '../types.ts';
import { pollConfigOf } from './config.ts';
import { OtherModeration } from './OtherModeration.tsx';
import { PollBars } from './PollBars.tsx';
import { useStaffS } from './staffStrings.ts';
import { useS } from './strings.ts';

/**
 * The live count in the control room, "other" answers with their sector, and who has answered per
 * sector. Facilitators get results whether revealed or not.
 */
export default function PollFacilitator({ activity }: ActivityViewProps) {
  const t = useT();
  const staff = useStaffS();
  const s = useS();
  const sectorLabel = useSectorLabel();
  const config = pollConfigOf(activity.config);
  const results = useActivityResults<PollResults>(activity.id);
  if (!config) return <p className="notice">{t('activity.unknown')}</p>;
  const status =
    activity.status === 'open'
      ? staff('admin.open')
      : activity.status === 'closed'
        ? staff('admin.closed')
        : staff('admin.draft');
  return (
    <div className="stack">
      {config.question && <p className="prompt">{config.question}</p>}
      <p>
        {status}{' '}
        {config.multiple ? staff('admin.multiple', { n: maxChoicesOf(config) }) : staff('admin.single')}{' '}
        {activity.revealed ? staff('admin.revealed') : staff('admin.hidden')}
      </p>
      <section aria-labelledby={`poll-tally-${activity.id}`} className="results-section">
        <h3 id={`poll-tally-${activity.id}`}>{staff('admin.tally')}</h3>
        {results ? <PollBars config={config} results={results} showOtherTexts={false} /> : <p>{s('none')}</p>}
      </section>
      {results && <OtherModeration activityId={activity.id} results={results} />}
      {results && (
        <details className="voters-by-sector">
          <summary>{staff('admin.bySector')}</summary>
          <SectorCounts counts={results.respondentsBySector} sectorLabel={sectorLabel} />
        </details>
      )}
    </div>
  );
}
