import { useRef } from 'react';
import type { Rating, ScaleStatement } from '../../../shared/activities/scale/types.ts';
import type { Point } from './points.ts';
import { rate } from './ratingStore.ts';
import { useS } from './strings.ts';

interface Props {
  activityId: string;
  statement: ScaleStatement;
  index: number;
  total: number;
  statementIds: readonly string[];
  points: readonly Point[];
  allowSkip: boolean;
  rating: Rating | undefined;
}

/**
 * One statement: five large radio buttons with the scale's words, and "Vet inte" when offered.
 * A fieldset, so a screen reader says the statement with each choice; native radios keep the
 * arrow keys working.
 */
export function StatementCard({
  activityId,
  statement,
  index,
  total,
  statementIds,
  points,
  allowSkip,
  rating,
}: Props) {
  const s = useS();
  const firstRef = useRef<HTMLInputElement>(null);
  const name = `scale-${activityId}-${statement.id}`;
  const choose = (r: Rating | null) => void rate(activityId, statementIds, statement.id, r);
  const clear = () => {
    choose(null);
    // The clear button disappears with the answer: keep focus in this statement.
    firstRef.current?.focus();
  };
  return (
    <fieldset className={`scale-card ${rating === undefined ? '' : 'answered'}`}>
      <legend>
        <span className="visually-hidden">{s('statement', { n: index + 1, total })}: </span>
        <span className="scale-number" aria-hidden="true">
          {index + 1}.
        </span>{' '}
        <span className="scale-text">{statement.text}</span>
      </legend>
      <div className="scale-options">
        {points.map((p, i) => (
          <label key={p.value} className="scale-option">
            <input
              ref={i === 0 ? firstRef : undefined}
              type="radio"
              name={name}
              value={p.value}
              checked={rating === p.value}
              onChange={() => choose(p.value)}
            />
            <span className="scale-point">{p.value}</span> <span className="scale-word">{p.word}</span>
          </label>
        ))}
        {allowSkip && (
          <label className="scale-option scale-skip">
            <input
              type="radio"
              name={name}
              value="skip"
              checked={rating === 'skip'}
              onChange={() => choose('skip')}
            />
            <span className="scale-word">{s('skip')}</span>
          </label>
        )}
      </div>
      {rating !== undefined && (
        <button
          type="button"
          className="scale-clear"
          aria-label={s('clearFor', { n: index + 1 })}
          onClick={clear}
        >
          {s('clear')}
        </button>
      )}
    </fieldset>
  );
}
