import { useMemo } from 'react';
import { dotsLeft, votableOf } from '../../../shared/activities/dots/rules.ts';
import type { VoteItem as Item, VoteConfig } from '../../../shared/activities/dots/types.ts';
import { usePriorityLabels } from '../../views/useTexts.ts';
import { useS } from './strings.ts';
import { VoteItem } from './VoteItem.tsx';
import { useAllocation } from './voteStore.ts';

interface Props {
  activityId: string;
  /** The rules, and the list whose texts label the items. */
  config: VoteConfig & { sourceActivityId: string };
  items: readonly Item[];
}

/** Tap a priority to give it a dot, minus to take one back; the dots left shown large. */
export function Ballot({ activityId, config, items }: Props) {
  const s = useS();
  const allocation = useAllocation(activityId);
  const visible = useMemo(() => items.filter((p) => !p.hidden), [items]);
  const labels = usePriorityLabels(config.sourceActivityId, visible);
  // The server's rule: dots on hidden priorities are given back while they stay hidden.
  const left = dotsLeft(allocation, config, votableOf(items).visible);
  const leftText = left === 0 ? s('leftNone') : left === 1 ? s('leftOne') : s('left', { n: left });
  return (
    <>
      <p>{s('intro')}</p>
      <p className="dots-left" role="status">
        {leftText}
      </p>
      <p className="hint">{s('maxReached', { n: config.maxPerPriority })}</p>
      <ol className="vote-list">
        {visible.map((p, i) => (
          <VoteItem
            key={p.id}
            activityId={activityId}
            id={p.id}
            index={i}
            label={labels[p.id] ?? ''}
            dots={allocation[p.id] ?? 0}
            max={config.maxPerPriority}
          />
        ))}
      </ol>
    </>
  );
}
