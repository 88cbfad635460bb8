import { useRef } from 'react';
import type { WordcloudResults } from '../../../shared/activities/wordcloud/types.ts';
import { plural, useT } from '../../i18n/useT.ts';
import { useActivityResults } from '../../stores/workshopStore.ts';
import { activityLabel } from '../index.ts';
import type { ActivityViewProps } from '../types.ts';
import { Cloud } from './Cloud.tsx';
import { wordcloudConfigOf } from './config.ts';
import { useStaffS } from './staffStrings.ts';
import { useS } from './strings.ts';
import { TermList } from './TermList.tsx';
import { useFit } from './useFit.ts';
import './wordcloud.css';

/** The most terms the stage draws; fewer when they would not fit. */
const STAGE_TERMS = 40;

/**
 * A word cloud on the big screen: the question, how many answers, and the cloud — live while
 * answers come in when the facilitator chose so (the server then sends the projector the terms),
 * else once revealed. The cloud shows the top terms that fit; a screen reader gets them as a list.
 */
export default function WordcloudProjector({ activity }: ActivityViewProps) {
  const t = useT();
  const s = useS();
  const staff = useStaffS();
  const config = wordcloudConfigOf(activity.config);
  const results = useActivityResults<WordcloudResults>(activity.id);
  const stage = useRef<HTMLDivElement>(null);
  const terms = results?.terms ?? [];
  const shown = Math.min(useFit(stage, results, STAGE_TERMS), terms.length);
  if (!config) return <p className="projector-phase">{t('activity.unknown')}</p>;
  const visible = activity.revealed || config.showLive;
  const count = plural(s, results?.answers ?? 0, 'cloud.answersOne', 'cloud.answers');
  const phase =
    activity.status === 'open'
      ? `${staff('projector.answering')} – ${count}`
      : activity.status === 'closed'
        ? `${staff('projector.closed')} – ${count}`
        : staff('projector.notOpen');
  const headingId = `projector-${activity.id}`;
  const drawn = terms.slice(0, shown);
  return (
    <section className="projector-results wordcloud-projector" aria-labelledby={headingId}>
      <h2 id={headingId}>{config.prompt || activityLabel(t, activity)}</h2>
      <p className="wordcloud-projector-phase" role="status">
        {phase}
      </p>
      <div ref={stage} className="wordcloud-stage">
        {!visible ? (
          <p className="wordcloud-projector-wait">{staff('projector.waitReveal')}</p>
        ) : drawn.length > 0 ? (
          <Cloud terms={drawn} variant="stage" />
        ) : (
          activity.status !== 'draft' && <p className="wordcloud-projector-wait">{s('cloud.empty')}</p>
        )}
      </div>
      {visible && drawn.length > 0 && (
        <>
          {results && results.termCount > drawn.length && (
            <p className="wordcloud-projector-more">
              {staff('projector.shownOf', { shown: drawn.length, total: results.termCount })}
            </p>
          )}
          <TermList terms={drawn} hidden />
        </>
      )}
    </section>
  );
}
