import { answerOf, rankedIds } from '../../../shared/activities/ranking/rules.ts';
import type { RankingConfig, RankingResults } from '../../../shared/activities/ranking/types.ts';
import { plural, useT } from '../../i18n/useT.ts';
import { useMineStore } from '../../stores/mineStore.ts';
import { useActivityResults } from '../../stores/workshopStore.ts';
import { activityLabel } from '../index.ts';
import type { ActivityViewProps } from '../types.ts';
import { rankingConfigOf, textsOf } from './config.ts';
import { RankedList } from './RankedList.tsx';
import { Ranker } from './Ranker.tsx';
import { useS } from './strings.ts';
import './ranking.css';

/**
 * A ranking on a phone: the items to put in order while open (saved with one button), then one's
 * own saved order, and the room's ranking once the facilitator reveals it.
 */
export default function RankingParticipant({ activity }: ActivityViewProps) {
  const t = useT();
  const s = useS();
  const config = rankingConfigOf(activity.config);
  const results = useActivityResults<RankingResults>(activity.id);
  const mine = answerOf(useMineStore((m) => m.byActivity[activity.id]));
  const headingId = `ranking-heading-${activity.id}`;
  return (
    <section aria-labelledby={headingId} className="stack ranking">
      <h2 id={headingId}>{activityLabel(t, activity)}</h2>
      {config?.prompt && <p className="prompt ranking-prompt">{config.prompt}</p>}
      {body()}
    </section>
  );

  function body() {
    if (!config) return <p className="notice">{t('activity.unknown')}</p>;
    const own = rankedIds(config, mine?.order ?? []);
    const shown = activity.revealed && results && results.items.length > 0 && (
      <section aria-labelledby={`${headingId}-results`} className="stack">
        <h3 id={`${headingId}-results`}>{s('results.heading')}</h3>
        <p className="results-summary">
          {plural(s, results.respondents, 'results.respondentsOne', 'results.respondents')}
        </p>
        <RankedList config={config} items={results.items} mine={new Map(own.map((id, i) => [id, i + 1]))} />
        <p className="hint">{s('results.rule')}</p>
      </section>
    );
    // Revealed while still open (the facilitator's choice): the order first, the room's below.
    if (activity.status === 'open')
      return (
        <>
          <Ranker activityId={activity.id} config={config} />
          {shown}
        </>
      );
    if (shown)
      return (
        <>
          {shown}
          {recap(config, own)}
        </>
      );
    if (activity.status === 'closed')
      return (
        <>
          <p className="waiting big-notice">{s('closed')}</p>
          {recap(config, own)}
        </>
      );
    return <p className="waiting">{s('notOpen')}</p>;
  }

  function recap(config: RankingConfig, own: string[]) {
    if (own.length === 0) return <p>{s('noAnswer')}</p>;
    const texts = textsOf(config);
    return (
      <section aria-labelledby={`${headingId}-mine`} className="stack">
        <h3 id={`${headingId}-mine`}>{s('yours')}</h3>
        <ol className="ranking-recap">
          {own.map((id) => (
            <li key={id}>{texts.get(id)}</li>
          ))}
        </ol>
      </section>
    );
  }
}
