import { useS } from './strings.ts';
import { changeDots } from './voting.ts';

interface Props {
  activityId: string;
  id: string;
  index: number;
  label: string;
  dots: number;
  max: number;
}

/** The whole card is the "add a dot" button: the biggest possible target for a thumb. */
export function VoteItem({ activityId, id, index, label, dots, max }: Props) {
  const s = useS();
  return (
    <li className={`vote-item ${dots > 0 ? 'has-dots' : ''}`}>
      <button type="button" className="vote-add" onClick={() => void changeDots(activityId, id, 1)}>
        <span className="vote-number">{index + 1}.</span>
        <span className="vote-text">{label}</span>
        <span className="vote-dots" aria-hidden="true">
          {/* A merge can leave someone more dots on one priority than the cap: show them all. */}
          {Array.from({ length: Math.max(max, dots) }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: dots are positional, not items
            <span key={i} className={i < dots ? 'dot on' : 'dot'} />
          ))}
        </span>
        <span className="vote-plus">
          <span aria-hidden="true">+ </span>
          {s('add')}
        </span>
      </button>
      <div className="vote-side">
        <span className="vote-count">{s('yours', { n: dots })}</span>
        <button
          type="button"
          className="button vote-remove"
          disabled={dots === 0}
          aria-label={s('remove', { n: index + 1 })}
          onClick={() => void changeDots(activityId, id, -1)}
        >
          <span aria-hidden="true">−</span>
        </button>
      </div>
    </li>
  );
}
