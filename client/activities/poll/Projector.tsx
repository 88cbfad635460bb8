import type { PollResults } from '../../../shared/activities/poll/types.ts';
import './poll.css';
import { plural, useT } from '../../i18n/useT.ts';
import { useActivityResults } from '../../stores/workshopStore.ts';
import { activityLabel } from '../index.ts';
import type { ActivityViewProps } from '../types.ts';
import { pollConfigOf } from './config.ts';
import { PollBars } from './PollBars.tsx';
import { useStaffS } from './staffStrings.ts';
import { useS } from './strings.ts';

/** Rows past this take two columns, and the sector split is left to the control room. */
const ONE_COLUMN = 6;
/** "Other" answers written out on the big screen; the rest are counted. */
const OTHER_TEXTS = 4;

/**
 * A poll on the big screen: the question and its options with "N har svarat" while people answer
 * (before the reveal the server sends the projector the counts of people only), then the bars.
 */
export default function PollProjector({ activity }: ActivityViewProps) {
  const t = useT();
  const staff = useStaffS();
  const s = useS();
  const config = pollConfigOf(activity.config);
  const results = useActivityResults<PollResults>(activity.id);
  if (!config) return <p className="projector-phase">{t('activity.unknown')}</p>;
  const title = activityLabel(t, activity);
  const rows = config.options.length + (config.allowOther ? 1 : 0);
  const headingId = `projector-${activity.id}`;
  const count = plural(staff, results?.respondents ?? 0, 'projector.countOne', 'projector.count');
  const phase =
    activity.status === 'open'
      ? `${staff('projector.answering')} – ${count}`
      : activity.status === 'closed'
        ? `${staff('projector.closed')} – ${count}`
        : staff('projector.notOpen');
  return (
    <section
      className={`projector-results poll-projector${rows > ONE_COLUMN ? ' many' : ''}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{config.question || title}</h2>
      {activity.revealed && results ? (
        <PollBars config={config} results={results} otherLimit={OTHER_TEXTS} />
      ) : (
        <>
          <p className="poll-projector-phase" role="status">
            {phase}
          </p>
          <ol className="projector-items poll-projector-options">
            {config.options.map((o) => (
              <li key={o.id}>{o.text}</li>
            ))}
            {config.allowOther && <li>{s('other')}</li>}
          </ol>
        </>
      )}
    </section>
  );
}
