import { useId } from 'react';
import type { LabelledVoteItem } from '../../../shared/activities/dots/types.ts';
import { useS } from './strings.ts';
import { useAllocation } from './voteStore.ts';

interface Props {
  activityId: string;
  items: readonly LabelledVoteItem[];
}

/**
 * Once voting has closed: where one's own dots went, numbered as on every screen, so no one
 * wonders whether their vote counted. Dots on an item hidden since are left out, as the count does.
 */
export function Recap({ activityId, items }: Props) {
  const s = useS();
  const headingId = useId();
  const allocation = useAllocation(activityId);
  const mine = items.filter((p) => !p.hidden && (allocation[p.id] ?? 0) > 0);
  return (
    <section className="ballot-recap" aria-labelledby={headingId}>
      <h3 id={headingId}>{s('recap.heading')}</h3>
      {mine.length === 0 ? (
        <p>{s('recap.none')}</p>
      ) : (
        <ul className="recap-list">
          {mine.map((p) => {
            const n = allocation[p.id] ?? 0;
            return (
              <li key={p.id}>
                <span className="vote-number">{p.n}.</span>
                <span className="vote-text">{p.label}</span>
                <strong className="recap-count">
                  {n === 1 ? s('recap.dotsOne') : s('recap.dots', { n })}
                </strong>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
