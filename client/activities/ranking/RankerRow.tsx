import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useS } from './strings.ts';

export type Dir = 'up' | 'down';

/** Rows slide into place, unless the person asked for less motion. */
const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

interface Props {
  id: string;
  text: string;
  /** Its place now, from 0. */
  index: number;
  total: number;
  onMove: (dir: Dir) => void;
  /** Registers each move button, so focus can follow the item after a move. */
  buttonRef: (key: string) => (el: HTMLButtonElement | null) => void;
}

/**
 * One item of the participant's order. Dragging by its place number is the quick way with a
 * mouse or a finger; the two buttons are the way for everyone (WCAG 2.5.7), so the grip is not a
 * tab stop of its own and is hidden from screen readers. Only the grip starts a drag, so a finger
 * elsewhere on the row still scrolls the page.
 */
export function RankerRow({ id, text, index, total, onMove, buttonRef }: Props) {
  const s = useS();
  const { setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging } = useSortable({
    id,
    ...(reducedMotion() ? { transition: null } : {}),
  });
  const first = index === 0;
  const last = index === total - 1;
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'ranking-row is-dragging' : 'ranking-row'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <span
        ref={setActivatorNodeRef}
        className="ranking-place ranking-grip"
        aria-hidden="true"
        {...listeners}
      >
        {index + 1}
      </span>
      <span className="ranking-text">
        <span className="visually-hidden">{s('place', { n: index + 1 })}: </span>
        {text}
      </span>
      <span className="ranking-moves">
        <button
          ref={buttonRef(`${id}:up`)}
          type="button"
          className="button ranking-move"
          aria-label={s('up', { item: text })}
          aria-disabled={first || undefined}
          onClick={() => onMove('up')}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          ref={buttonRef(`${id}:down`)}
          type="button"
          className="button ranking-move"
          aria-label={s('down', { item: text })}
          aria-disabled={last || undefined}
          onClick={() => onMove('down')}
        >
          <span aria-hidden="true">↓</span>
        </button>
      </span>
    </li>
  );
}
