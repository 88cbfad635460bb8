import { answerOf } from '../../../shared/activities/poll/rules.ts';
import './poll.css';
import type { PollConfig, PollResults } from '../../../shared/activities/poll/types.ts';
import { useT } from '../../i18n/useT.ts';
import { useMineStore } from '../../stores/mineStore.ts';
import { useActivityResults } from '../../stores/workshopStore.ts';
import { activityLabel } from '../index.ts';
import type { ActivityViewProps } from '../types.ts';
import { Ballot } from './Ballot.tsx';
import { pollConfigOf } from './config.ts';
import { PollBars } from './PollBars.tsx';
import { useS } from './strings.ts';

/**
 * A poll on a phone: the ballot while open (changeable until it closes), then one's own answer
 * and, once the facilitator reveals them, the results.
 */
export default function PollParticipant({ activity }: ActivityViewProps) {
  const t = useT();
  const s = useS();
  const config = pollConfigOf(activity.config);
  const results = useActivityResults<PollResults>(activity.id);
  const headingId = `poll-heading-${activity.id}`;
  const title = activityLabel(t, activity);
  return (
    <section aria-labelledby={headingId} className="stack">
      <h2 id={headingId}>{title}</h2>
      {body()}
    </section>
  );

  function body() {
    if (!config) return <p className="notice">{t('activity.unknown')}</p>;
    const shown = activity.revealed && results && (
      <section aria-labelledby={`${headingId}-results`}>
        <h3 id={`${headingId}-results`}>{s('results')}</h3>
        <PollBars config={config} results={results} />
      </section>
    );
    if (activity.status === 'open')
      return (
        <>
          <Ballot activityId={activity.id} config={config} legend={config.question || title} />
          {shown}
        </>
      );
    return (
      <>
        {config.question && <p className="prompt">{config.question}</p>}
        {activity.status === 'closed' ? (
          <>
            {!activity.revealed && <p className="waiting big-notice">{s('closed')}</p>}
            <OwnAnswer activityId={activity.id} config={config} />
          </>
        ) : (
          <p className="waiting">{s('notOpen')}</p>
        )}
        {shown}
      </>
    );
  }
}

/** One's own answer, recapped once the poll is closed. */
function OwnAnswer({ activityId, config }: { activityId: string; config: PollConfig }) {
  const s = useS();
  const answer = answerOf(useMineStore((m) => m.byActivity[activityId]));
  const words = [
    ...config.options.filter((o) => answer?.choices.includes(o.id)).map((o) => o.text),
    ...(answer?.other ? [`${s('other')}: ${answer.other}`] : []),
  ];
  return <p>{words.length > 0 ? s('yourAnswer', { answer: words.join(', ') }) : s('noAnswer')}</p>;
}
