import { useMemo, useState } from 'react';
import { countedDots, dotsLeft, dotsUsed, votableOf } from '../../../shared/activities/dots/rules.ts';
import type {
  LabelledVoteItem,
  NumberedVoteItem,
  VoteConfig,
} from '../../../shared/activities/dots/types.ts';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { BudgetDots } from './BudgetDots.tsx';
import { useS } from './strings.ts';
import { VoteItem } from './VoteItem.tsx';
import { useAllocation } from './voteStore.ts';
import { addBlock, changeDots } from './voting.ts';
import './dots.css';

interface Props {
  activity: Pick<ActivitySummary, 'id' | 'status' | 'config'>;
  config: VoteConfig;
  items: readonly LabelledVoteItem[];
}

/**
 * Tap a priority to give it a dot, minus to take one back. The budget stays in view at the foot
 * of the screen (sticky, with scroll padding so it never covers the focused row, WCAG 2.4.11).
 * A button that cannot act now is aria-disabled, never disabled, so focus stays on it; tapping it
 * says why beside the budget, as a note rather than an error.
 */
export function Ballot({ activity, config, items }: Props) {
  const s = useS();
  const allocation = useAllocation(activity.id);
  const visible = useMemo(() => items.filter((p) => !p.hidden), [items]);
  const [why, setWhy] = useState('');
  // The server's rule: dots on hidden priorities are given back while they stay hidden.
  const counted = votableOf(items).visible;
  const left = dotsLeft(allocation, config, counted);
  // More than the rules' budget only when a merge or an unhide left someone more (grandfathered).
  const total = Math.max(config.dotsPerParticipant, left + dotsUsed(countedDots(allocation, counted)));
  const done = left === 0;
  const budgetId = `ballot-budget-${activity.id}`;

  const add = (p: NumberedVoteItem) => {
    const block = addBlock(activity, items, allocation, p.id);
    if (block) {
      setWhy(block === 'cap' ? s('why.cap', { item: p.n, n: allocation[p.id] ?? 0 }) : s('why.budget'));
      return;
    }
    setWhy('');
    void changeDots(activity.id, p.id, 1);
  };
  const remove = (p: NumberedVoteItem) => {
    if ((allocation[p.id] ?? 0) === 0) {
      setWhy(s('why.none', { item: p.n }));
      return;
    }
    setWhy('');
    void changeDots(activity.id, p.id, -1);
  };

  return (
    <div className="ballot">
      <div id={budgetId} className={done ? 'ballot-budget is-done' : 'ballot-budget'} role="status">
        {done ? (
          <p className="budget-done">
            <span className="budget-check" aria-hidden="true">
              ✓
            </span>{' '}
            <strong>{s('done')}</strong> {s('doneMore')}
          </p>
        ) : (
          <p className="budget-left">{s('budget', { left, total })}</p>
        )}
        {!done && <BudgetDots left={left} total={total} />}
        {why && <p className="budget-why">{why}</p>}
      </div>
      <p className="ballot-intro">
        {s('intro')} {s('capRule', { n: config.maxPerPriority })}
      </p>
      <ol className="vote-list">
        {visible.map((p) => {
          const block = addBlock(activity, items, allocation, p.id);
          return (
            <VoteItem
              key={p.id}
              item={p}
              label={p.label}
              dots={allocation[p.id] ?? 0}
              slots={Math.max(config.maxPerPriority, allocation[p.id] ?? 0)}
              block={block}
              budgetId={budgetId}
              onAdd={() => add(p)}
              onRemove={() => remove(p)}
            />
          );
        })}
      </ol>
    </div>
  );
}
