import { lazy, Suspense, useState } from 'react';
import { placedCount } from '../../../shared/activities/matrix/rules.ts';
import type { MatrixConfig, MatrixResults } from '../../../shared/activities/matrix/types.ts';
import { useT } from '../../i18n/useT.ts';
import { useActivityResults } from '../../stores/workshopStore.ts';
import { activityLabel } from '../index.ts';
import type { ActivityViewProps } from '../types.ts';
import { matrixConfigOf } from './config.ts';
import { ItemCard } from './ItemCard.tsx';
import { usePlacements } from './placementStore.ts';
import { placementText, wordsOf } from './points.ts';
import { useS } from './strings.ts';
import './matrix.css';

// Results are a chunk of their own, fetched once revealed: the grid is what a phone needs first.
const MatrixResultsView = lazy(() => import('./ResultsView.tsx'));

/**
 * A matrix on a phone: a compact list of items, each opening its 5×5 grid (one at a time), every
 * placement saved at once; afterwards one's own placements, and the results once revealed.
 */
export default function MatrixParticipant({ activity }: ActivityViewProps) {
  const t = useT();
  const s = useS();
  const config = matrixConfigOf(activity.config);
  const results = useActivityResults<MatrixResults>(activity.id);
  const placements = usePlacements(activity.id);
  // The first item not yet placed starts open, so the first tap places something.
  const [openId, setOpenId] = useState<string | null>(
    () => config?.items.find((i) => placements[i.id] === undefined)?.id ?? null,
  );
  const headingId = `matrix-heading-${activity.id}`;
  return (
    <section aria-labelledby={headingId} className="stack">
      <h2 id={headingId}>{activityLabel(t, activity)}</h2>
      {config?.prompt && <p className="matrix-prompt">{config.prompt}</p>}
      {body()}
    </section>
  );

  function body() {
    if (!config) return <p className="notice">{t('activity.unknown')}</p>;
    if (activity.status === 'open') return ballot(config);
    if (activity.revealed && results)
      return (
        <Suspense fallback={<p className="waiting">{t('common.loading')}</p>}>
          <MatrixResultsView config={config} results={results} mine={placements} />
        </Suspense>
      );
    if (activity.status === 'closed')
      return (
        <>
          <p className="waiting big-notice">{s('closed')}</p>
          {recap(config)}
        </>
      );
    return <p className="waiting">{s('notOpen')}</p>;
  }

  function recap(config: MatrixConfig) {
    if (placedCount(config, placements) === 0) return null;
    const words = wordsOf(config, s);
    return (
      <ol className="matrix-recap">
        {config.items.map((item, i) => {
          const own = placements[item.id];
          return (
            <li key={item.id}>
              <span className="matrix-number">{i + 1}.</span> {item.text}
              <br />
              <strong>
                {own ? s('yours', { place: placementText(config, words, own, s) }) : s('notYours')}
              </strong>
            </li>
          );
        })}
      </ol>
    );
  }

  // A plain function, not a component declared in render: React would remount it on every answer.
  function ballot(config: MatrixConfig) {
    const ids = config.items.map((i) => i.id);
    const placed = placedCount(config, placements);
    const total = config.items.length;
    const words = wordsOf(config, s);
    const focusToggle = (itemId: string) =>
      requestAnimationFrame(() => {
        const el = document.getElementById(`matrix-${activity.id}-${itemId}-toggle`);
        el?.focus();
        el?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      });
    // The next item not yet placed after this one (wrapping round), else simply the one after it.
    const targetAfter = (index: number) => {
      const after = [...config.items.slice(index + 1), ...config.items.slice(0, index)];
      return after.find((i) => placements[i.id] === undefined) ?? config.items[index + 1];
    };
    const next = (index: number) => {
      const target = targetAfter(index);
      const item = config.items[index];
      if (target) {
        setOpenId(target.id);
        focusToggle(target.id);
      } else if (item) {
        // Nothing left: the grid closes and focus returns to its button.
        setOpenId(null);
        focusToggle(item.id);
      }
    };
    return (
      <>
        <p>{s('intro')}</p>
        <p className={`matrix-progress ${placed === total ? 'done' : ''}`} role="status">
          {placed === total ? s('done') : s('progress', { n: placed, total })}
        </p>
        <ol className="matrix-list">
          {config.items.map((item, i) => (
            <li key={item.id}>
              <ItemCard
                activityId={activity.id}
                config={config}
                words={words}
                item={item}
                index={i}
                itemIds={ids}
                placement={placements[item.id]}
                open={openId === item.id}
                onToggle={() => setOpenId(openId === item.id ? null : item.id)}
                onNext={() => next(i)}
                isLast={targetAfter(i) === undefined}
              />
            </li>
          ))}
        </ol>
      </>
    );
  }
}
