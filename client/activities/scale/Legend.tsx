import type { Point } from './points.ts';

/** The points' colours with their numbers and words, once above the bars. */
export function Legend({ points }: { points: readonly Point[] }) {
  return (
    <ul className="scale-legend" aria-hidden="true">
      {points.map((p) => (
        <li key={p.value}>
          <span className={`scale-swatch scale-p${p.value}`}>{p.value}</span>
          {p.word}
        </li>
      ))}
    </ul>
  );
}
