import { lazy, Suspense } from 'react';
import type { DotsView, Tally } from '../../../shared/activities/dots/types.ts';
import { useT } from '../../i18n/useT.ts';
import { useActivityResults, useActivityView } from '../../stores/workshopStore.ts';
import { activityLabel } from '../index.ts';
import type { ActivityViewProps } from '../types.ts';
import { Ballot } from './Ballot.tsx';
import { Recap } from './Recap.tsx';
import { useS } from './strings.ts';
import { dotsConfigOf } from './voting.ts';
import './dots.css';

// Results are a chunk of their own, fetched once revealed: the ballot is what a phone needs first.
const ParticipantResults = lazy(() =>
  import('./ParticipantResults.tsx').then((m) => ({ default: m.ParticipantResults })),
);

/**
 * Dot voting on a phone: the ballot while open; once closed, a recap of one's own dots, and the
 * results above it once the facilitator reveals them. The labels are the source list's texts,
 * sent in the view: a voting phone loads no co-editing code.
 */
export default function DotsParticipant({ activity }: ActivityViewProps) {
  const t = useT();
  const s = useS();
  const config = dotsConfigOf(activity.config);
  const view = useActivityView<DotsView>(activity.id);
  const results = useActivityResults<Tally>(activity.id);
  const items = view?.items ?? [];
  const headingId = `dots-heading-${activity.id}`;
  return (
    <section aria-labelledby={headingId} className="stack dots-participant">
      <h2 id={headingId}>{activityLabel(t, activity)}</h2>
      {body()}
    </section>
  );

  function body() {
    if (!config) return <p className="notice">{t('activity.unknown')}</p>;
    if (activity.status === 'open') return <Ballot activity={activity} config={config} items={items} />;
    const recap = <Recap activityId={activity.id} items={items} />;
    if (activity.revealed && results)
      return (
        <>
          <Suspense fallback={<p className="waiting">{t('common.loading')}</p>}>
            <ParticipantResults items={items} tally={results} />
          </Suspense>
          {activity.status === 'closed' && recap}
        </>
      );
    if (activity.status === 'closed')
      return (
        <>
          <p className="waiting big-notice">{s('closed')}</p>
          {recap}
        </>
      );
    return <p className="waiting">{s('notOpen')}</p>;
  }
}
