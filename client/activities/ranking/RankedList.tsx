import type { ItemResult, RankingConfig } from '../../../shared/activities/ranking/types.ts';
import { useLangStore } from '../../stores/langStore.ts';
import { textsOf } from './config.ts';
import { standingText } from './format.ts';
import { useS } from './strings.ts';

interface Props {
  config: RankingConfig;
  items: readonly ItemResult[];
  /** The participant's own place for each item, shown beside the room's (phones only). */
  mine?: ReadonlyMap<string, number>;
  /** The first row's index in `items` (the projector shows a page at a time). */
  from?: number;
  to?: number;
}

/**
 * The ranked items as a list that reflows to any width: the place (shared places repeat), the
 * item, and its points, mean place and range in one line. Used on phones and the projector.
 */
export function RankedList({ config, items, mine, from = 0, to = items.length }: Props) {
  const s = useS();
  const lang = useLangStore((l) => l.lang);
  const texts = textsOf(config);
  return (
    <ol className="ranking-results">
      {items.slice(from, to).map((r) => {
        const own = mine?.get(r.id);
        return (
          <li key={r.id} className="ranking-result">
            <span className="ranking-place">
              <span className="visually-hidden">{s('results.place')} </span>
              {r.place}
            </span>
            <span className="ranking-result-body">
              <span className="ranking-text">{texts.get(r.id) ?? ''}</span>
              <span className="ranking-meta">
                {standingText(r, s, lang)}
                {own !== undefined && ` · ${s('yourPlace', { n: own })}`}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
