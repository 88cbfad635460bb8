import type { ItemResult } from '../../../shared/activities/ranking/types.ts';
import { spreadWords } from './format.ts';
import { useS } from './strings.ts';

/**
 * How many put an item at each place, as a small column per place (1 on the left), with the
 * same figures in words for screen readers: the spread at a glance, never by colour alone.
 */
export function Spread({ result }: { result: ItemResult }) {
  const s = useS();
  const most = Math.max(1, ...result.positions);
  return (
    <span className="ranking-spread">
      <span className="ranking-spread-bars" aria-hidden="true">
        {result.positions.map((n, i) => (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: one column per place, fixed order
            key={i}
            className={n > 0 ? 'ranking-spread-bar' : 'ranking-spread-bar empty'}
            style={{ height: `${Math.max(8, (n / most) * 100)}%` }}
          />
        ))}
      </span>
      <span className="ranking-spread-text">{spreadWords(result, s)}</span>
    </span>
  );
}
