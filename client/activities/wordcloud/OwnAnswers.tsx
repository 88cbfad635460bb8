import { termOf } from '../../../shared/activities/wordcloud/terms.ts';
import type { OwnAnswer } from '../../../shared/activities/wordcloud/types.ts';
import { UserText } from '../../components/UserText.tsx';
import { useS } from './strings.ts';

interface Props {
  answers: readonly OwnAnswer[];
  /** While open: a button to take back each answer that is not hidden. */
  onRemove?: (answer: OwnAnswer) => void;
}

/** One's answers, each with where it stands in words (never colour alone). */
export function OwnAnswers({ answers, onRemove }: Props) {
  const s = useS();
  const statusOf = (a: OwnAnswer) =>
    a.status === 'shown' && !termOf(a.text) ? s('status.notCounted') : s(`status.${a.status}`);
  return (
    <ul className="wordcloud-own">
      {answers.map((a) => (
        <li key={a.id} className={`wordcloud-own-item ${a.status}`}>
          <span className="wordcloud-own-text">
            <UserText className="wordcloud-own-word" text={a.text} />
            <span className="wordcloud-own-status">{statusOf(a)}</span>
          </span>
          {onRemove && a.status !== 'hidden' && (
            <button
              type="button"
              className="button small"
              aria-label={s('removeLabel', { text: a.text })}
              onClick={() => onRemove(a)}
            >
              {s('remove')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
