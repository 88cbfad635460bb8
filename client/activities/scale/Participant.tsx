import { lazy, Suspense } from 'react';
import { answeredCount } from '../../../shared/activities/scale/rules.ts';
import type { ScaleConfig, ScaleResults } from '../../../shared/activities/scale/types.ts';
import { useT } from '../../i18n/useT.ts';
import { useActivityResults } from '../../stores/workshopStore.ts';
import { activityLabel } from '../index.ts';
import type { ActivityViewProps } from '../types.ts';
import { scaleConfigOf } from './config.ts';
import { pointsOf, ratingText } from './points.ts';
import { useRatings } from './ratingStore.ts';
import { StatementCard } from './StatementCard.tsx';
import { useS } from './strings.ts';
import './scale.css';

// Results are a chunk of their own, fetched once revealed: the statements are what a phone needs first.
const StatementResults = lazy(() =>
  import('./StatementResults.tsx').then((m) => ({ default: m.StatementResults })),
);

/**
 * Scales on a phone: one card per statement while open, the participant's answers kept and
 * changeable; afterwards their own answers, and the results once the facilitator reveals them.
 */
export default function ScaleParticipant({ activity }: ActivityViewProps) {
  const t = useT();
  const s = useS();
  const config = scaleConfigOf(activity.config);
  const results = useActivityResults<ScaleResults>(activity.id);
  const ratings = useRatings(activity.id);
  const headingId = `scale-heading-${activity.id}`;
  return (
    <section aria-labelledby={headingId} className="stack">
      <h2 id={headingId}>{activityLabel(t, activity)}</h2>
      {config?.prompt && <p className="scale-prompt">{config.prompt}</p>}
      {body()}
    </section>
  );

  function body() {
    if (!config) return <p className="notice">{t('activity.unknown')}</p>;
    if (activity.status === 'open') return ballot(config);
    if (activity.revealed && results)
      return (
        <Suspense fallback={<p className="waiting">{t('common.loading')}</p>}>
          <StatementResults
            heading={s('results.heading')}
            config={config}
            results={results}
            headingLevel={3}
            mine={ratings}
          />
        </Suspense>
      );
    if (activity.status === 'closed')
      return (
        <>
          <p className="waiting big-notice">{s('closed')}</p>
          {recap(config)}
        </>
      );
    return <p className="waiting">{s('notOpen')}</p>;
  }

  function recap(config: ScaleConfig) {
    const points = pointsOf(config, s);
    if (answeredCount(config, ratings) === 0) return null;
    return (
      <ol className="scale-recap">
        {config.statements.map((st, i) => {
          const own = ratings[st.id];
          return (
            <li key={st.id}>
              <span className="scale-number">{i + 1}.</span> {st.text}
              <br />
              <strong>
                {own === undefined ? s('noAnswer') : s('yourAnswer', { answer: ratingText(own, points, s) })}
              </strong>
            </li>
          );
        })}
      </ol>
    );
  }

  // A plain function, not a component declared in render: React would remount it on every answer.
  function ballot(config: ScaleConfig) {
    const points = pointsOf(config, s);
    const ids = config.statements.map((st) => st.id);
    const answered = answeredCount(config, ratings);
    const total = config.statements.length;
    return (
      <>
        <p>{s('intro')}</p>
        <p className={`scale-progress ${answered === total ? 'done' : ''}`} role="status">
          {answered === total ? s('done') : s('progress', { n: answered, total })}
        </p>
        <ol className="scale-list">
          {config.statements.map((st, i) => (
            <li key={st.id}>
              <StatementCard
                activityId={activity.id}
                statement={st}
                index={i}
                total={total}
                statementIds={ids}
                points={points}
                allowSkip={config.allowSkip}
                rating={ratings[st.id]}
              />
            </li>
          ))}
        </ol>
      </>
    );
  }
}
