import type { NumberedVoteItem } from '../../../shared/activities/dots/types.ts';
import { UserText } from '../../components/UserText.tsx';
import { useS } from './strings.ts';
import type { AddBlock } from './voting.ts';

interface Props {
  item: NumberedVoteItem;
  label: string;
  dots: number;
  /** Circles to draw: the cap, or more when a merge left more dots here than the cap. */
  slots: number;
  /** Why adding cannot act now (null: it can). */
  block: AddBlock;
  /** The budget's status, which says why when the budget is spent. */
  budgetId: string;
  onAdd: () => void;
  onRemove: () => void;
}

/**
 * One compact row: the priority itself is the "add a dot" button (the biggest target for a thumb),
 * minus beside it. Both stay focusable when they cannot act (aria-disabled, WCAG 2.4.3): removing
 * one's last dot leaves focus on the minus, not on the page.
 */
export function VoteItem({ item, label, dots, slots, block, budgetId, onAdd, onRemove }: Props) {
  const s = useS();
  const capId = `vote-cap-${item.id}`;
  const describedBy = block === 'cap' ? capId : block === 'budget' ? budgetId : undefined;
  return (
    <li className={dots > 0 ? 'vote-row has-dots' : 'vote-row'}>
      <button
        type="button"
        className="vote-add"
        aria-disabled={block ? true : undefined}
        aria-describedby={describedBy}
        onClick={onAdd}
      >
        <span className="vote-number">{item.n}.</span>
        <UserText className="vote-text" text={label} />
        <span className="vote-plus" aria-hidden="true">
          +
        </span>
        <span className="vote-meta">
          <span className="vote-dots" aria-hidden="true">
            {Array.from({ length: slots }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: dots are positional, not items
              <span key={i} className={i < dots ? 'dot on' : 'dot'} />
            ))}
          </span>
          <span className="visually-hidden">
            , {s('add')}. {s('yours', { n: dots })}.
          </span>
          {block === 'cap' && (
            <span id={capId} className="vote-cap">
              {s('capReached', { n: slots })}
            </span>
          )}
          {item.merged > 0 && <span className="vote-merged">{s('merged', { n: item.merged + 1 })}</span>}
        </span>
      </button>
      <button
        type="button"
        className="vote-remove"
        aria-label={s('remove', { n: item.n })}
        aria-disabled={dots === 0 ? true : undefined}
        onClick={onRemove}
      >
        <span aria-hidden="true">−</span>
      </button>
    </li>
  );
}
