import type { Distribution } from '../../../shared/activities/scale/types.ts';
import type { Point } from './points.ts';

interface Props {
  distribution: Distribution;
  points: readonly Point[];
  /** Read out instead of the segments: "Instämmer helt: 4, …". */
  label: string;
}

/**
 * A stacked bar of the five points, lowest on the left, each segment as wide as its share and
 * carrying its count, so no figure depends on seeing colour; points nobody chose take no room.
 */
export function DistributionBar({ distribution, points, label }: Props) {
  const { counts, n } = distribution;
  return (
    <div className="scale-bar" role="img" aria-label={label}>
      {n === 0 ? (
        <span className="scale-seg scale-empty">0</span>
      ) : (
        points.map((p, i) => {
          const c = counts[i] ?? 0;
          return c === 0 ? null : (
            <span key={p.value} className={`scale-seg scale-p${p.value}`} style={{ flexGrow: c }}>
              {c}
            </span>
          );
        })
      )}
    </div>
  );
}

/** The bar's words for a screen reader: every point with its count, and the skips. */
export function distributionText(d: Distribution, points: readonly Point[], skipWord: string): string {
  const parts = points.map((p, i) => `${p.word ? `${p.value} ${p.word}` : p.value}: ${d.counts[i] ?? 0}`);
  return [...parts, `${skipWord}: ${d.skips}`].join(', ');
}
