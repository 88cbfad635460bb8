import { type ReactNode, useRef, useState } from 'react';
import { remainingOf } from '../../../shared/activities/wordcloud/rules.ts';
import type {
  OwnAnswer,
  WordcloudConfig,
  WordcloudResults,
} from '../../../shared/activities/wordcloud/types.ts';
import { useT } from '../../i18n/useT.ts';
import { useActivityResults } from '../../stores/workshopStore.ts';
import { activityLabel } from '../index.ts';
import type { ActivityViewProps } from '../types.ts';
import { AnswerForm } from './AnswerForm.tsx';
import { wordcloudConfigOf } from './config.ts';
import { OwnAnswers } from './OwnAnswers.tsx';
import { RoomCloud } from './RoomCloud.tsx';
import { useS } from './strings.ts';
import { useAnswers } from './useAnswers.ts';
import './wordcloud.css';

/**
 * A word cloud on a phone: a field to send a few short answers, one's answers with where each
 * stands (held ones "Väntar på granskning"), and a button to take one back while open; a recap
 * once closed; the cloud once the facilitator reveals it.
 */
export default function WordcloudParticipant({ activity }: ActivityViewProps) {
  const t = useT();
  const s = useS();
  const config = wordcloudConfigOf(activity.config);
  const results = useActivityResults<WordcloudResults>(activity.id);
  const answers = useAnswers(activity.id);
  const fieldRef = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');
  const headingId = `wordcloud-heading-${activity.id}`;
  return (
    <section aria-labelledby={headingId} className="stack wordcloud-participant">
      <h2 id={headingId}>{activityLabel(t, activity)}</h2>
      {config?.prompt && <p className="prompt wordcloud-prompt">{config.prompt}</p>}
      {body()}
    </section>
  );

  function body() {
    if (!config) return <p className="notice">{t('activity.unknown')}</p>;
    const mine = answers.mine.answers;
    const revealed = activity.revealed && results && <RoomCloud results={results} />;
    if (activity.status === 'open') return open(config, mine, revealed);
    return (
      <>
        {activity.status === 'closed' ? (
          !activity.revealed && <p className="waiting big-notice">{s('closed')}</p>
        ) : (
          <p className="waiting">{s('notOpen')}</p>
        )}
        {activity.status === 'closed' && recap(mine)}
        {revealed}
      </>
    );
  }

  // Plain functions, not components declared in render: React would remount them on every answer.
  function open(config: WordcloudConfig, mine: OwnAnswer[], revealed: ReactNode) {
    const remove = async (a: OwnAnswer) => {
      if (await answers.withdraw(a.id)) {
        setNote(s('removed', { text: a.text }));
        // The pressed button is gone: focus goes to the field, where the next answer is written.
        requestAnimationFrame(() => fieldRef.current?.focus());
      }
    };
    return (
      <>
        <AnswerForm
          activityId={activity.id}
          maxLength={config.maxLength}
          remaining={remainingOf(config, answers.mine)}
          answers={answers}
          note={note}
          fieldRef={fieldRef}
        />
        <section aria-labelledby={`${headingId}-own`} className="stack">
          <h3 id={`${headingId}-own`}>{s('yours')}</h3>
          {mine.length === 0 ? (
            <p className="hint">{s('none')}</p>
          ) : (
            <OwnAnswers answers={mine} onRemove={remove} />
          )}
        </section>
        {revealed}
      </>
    );
  }

  function recap(mine: OwnAnswer[]) {
    return (
      <section aria-labelledby={`${headingId}-own`} className="stack">
        <h3 id={`${headingId}-own`}>{s('yours')}</h3>
        {mine.length === 0 ? <p>{s('noneClosed')}</p> : <OwnAnswers answers={mine} />}
      </section>
    );
  }
}
