import type { WordcloudResults, WordcloudView } from '../../../shared/activities/wordcloud/types.ts';
import { useT } from '../../i18n/useT.ts';
import { useActivityResults, useActivityView } from '../../stores/workshopStore.ts';
import type { ActivityViewProps } from '../types.ts';
import { Cloud } from './Cloud.tsx';
import { wordcloudConfigOf } from './config.ts';
import { FrequencyTable } from './FrequencyTable.tsx';
import { Moderation } from './Moderation.tsx';
import { useStaffS } from './staffStrings.ts';
import './wordcloud.css';

/** Words drawn in the control room's cloud (the table lists more). */
const PANEL_TERMS = 40;

/**
 * The control room's word cloud: the live cloud (facilitators get results whether revealed or
 * not), the ranked table with forms and sectors and a hide per term, and the moderation lists.
 */
export default function WordcloudFacilitator({ activity }: ActivityViewProps) {
  const t = useT();
  const staff = useStaffS();
  const config = wordcloudConfigOf(activity.config);
  const results = useActivityResults<WordcloudResults>(activity.id);
  const view = useActivityView<WordcloudView>(activity.id);
  if (!config) return <p className="notice">{t('activity.unknown')}</p>;
  const status =
    activity.status === 'open'
      ? staff('admin.open')
      : activity.status === 'closed'
        ? staff('admin.closed')
        : staff('admin.draft');
  const id = `wordcloud-admin-${activity.id}`;
  return (
    <div className="stack wordcloud-admin">
      {config.prompt && <p className="prompt">{config.prompt}</p>}
      <p>
        {status} {activity.revealed ? staff('admin.revealed') : staff('admin.hidden')}{' '}
        {config.showLive ? staff('admin.live') : staff('admin.notLive')}{' '}
        {staff('admin.rules', { n: config.maxWordsPerParticipant, len: config.maxLength })}
      </p>
      <p className="wordcloud-summary" role="status">
        {results
          ? staff('admin.summary', {
              answers: results.answers,
              people: results.respondents,
              terms: results.termCount,
            })
          : staff('admin.noAnswers')}
      </p>
      {results && results.terms.length > 0 && (
        <section aria-labelledby={`${id}-cloud`} className="results-section">
          <h3 id={`${id}-cloud`}>{staff('admin.cloud')}</h3>
          <Cloud terms={results.terms.slice(0, PANEL_TERMS)} variant="panel" />
        </section>
      )}
      {/* Kept while empty too: hiding the last term must leave its undo on screen. */}
      {results && results.answers + (view?.answers?.length ?? 0) > 0 && (
        <section aria-labelledby={`${id}-table`} className="stack">
          <h3 id={`${id}-table`}>{staff('admin.table')}</h3>
          <FrequencyTable activityId={activity.id} terms={results.terms} termCount={results.termCount} />
        </section>
      )}
      <Moderation activityId={activity.id} answers={view?.answers ?? []} />
    </div>
  );
}
