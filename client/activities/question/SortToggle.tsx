import { useId } from 'react';
import type { QuestionSort } from '../../../shared/activities/question/types.ts';
import { useS } from './strings.ts';

interface Props {
  value: QuestionSort;
  onChange: (by: QuestionSort) => void;
  /** The group's name: what the order is for (this screen, or the projector). */
  label?: string;
}

/** Two pressed-or-not buttons: by votes or newest first. Pressing the current one sorts again. */
export function SortToggle({ value, onChange, label }: Props) {
  const s = useS();
  const id = useId();
  // Named by a span, not a legend: a legend would not sit in line with the buttons.
  return (
    <fieldset className="question-sort" aria-labelledby={id}>
      <span id={id} className="question-sort-label">
        {label ?? s('sort.label')}
      </span>
      {(['votes', 'time'] as const).map((by) => (
        <button
          key={by}
          type="button"
          className="button small"
          aria-pressed={value === by}
          onClick={() => onChange(by)}
        >
          {s(`sort.${by}`)}
        </button>
      ))}
    </fieldset>
  );
}
