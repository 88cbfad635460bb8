import { dotsLeft, votableOf } from '../../../shared/domain/dots.ts';
import { useT } from '../../i18n/useT.ts';
import { useVoteStore } from '../../stores/voteStore.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { usePriorityLabels } from '../useTexts.ts';
import { VoteItem } from './VoteItem.tsx';

export function VotePanel() {
  const t = useT();
  const state = useWorkshopStore((s) => s.state);
  const allocation = useVoteStore((s) => s.allocation);
  const priorities = state?.priorities ?? [];
  const visible = priorities.filter((p) => !p.hidden);
  const labels = usePriorityLabels(visible);
  const config = state?.vote;
  if (!config) return null;
  // The server's rule: dots on hidden priorities are given back while they stay hidden.
  const left = dotsLeft(allocation, config, votableOf(priorities).visible);
  const leftText =
    left === 0 ? t('vote.leftNone') : left === 1 ? t('vote.leftOne') : t('vote.left', { n: left });
  return (
    <section aria-labelledby="vote-heading" className="stack">
      <h2 id="vote-heading">{t('vote.heading')}</h2>
      <p>{t('vote.intro')}</p>
      <p className="dots-left" role="status">
        {leftText}
      </p>
      <p className="hint">{t('vote.maxReached', { n: config.maxPerPriority })}</p>
      <ol className="vote-list">
        {visible.map((p, i) => (
          <VoteItem
            key={p.id}
            id={p.id}
            index={i}
            label={labels[p.id] ?? ''}
            dots={allocation[p.id] ?? 0}
            max={config.maxPerPriority}
          />
        ))}
      </ol>
    </section>
  );
}
