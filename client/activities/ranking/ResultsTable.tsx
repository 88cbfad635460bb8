import type { ItemResult, RankingConfig } from '../../../shared/activities/ranking/types.ts';
import { useLangStore } from '../../stores/langStore.ts';
import { textsOf } from './config.ts';
import { formatMean, rangeText } from './format.ts';
import { Spread } from './Spread.tsx';
import { useS } from './strings.ts';

interface Props {
  config: RankingConfig;
  items: readonly ItemResult[];
  caption: string;
}

/** The ranked items as a table for the control room: place, item, points, mean place and spread. */
export function ResultsTable({ config, items, caption }: Props) {
  const s = useS();
  const lang = useLangStore((l) => l.lang);
  const texts = textsOf(config);
  return (
    <table className="ranking-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            {s('results.place')}
          </th>
          <th scope="col">{s('results.item')}</th>
          <th scope="col" className="num">
            {s('results.points')}
          </th>
          <th scope="col" className="num">
            {s('results.mean')}
          </th>
          <th scope="col">{s('results.spread')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.id}>
            <td className="num">{r.place}</td>
            <th scope="row" className="ranking-text">
              {texts.get(r.id) ?? ''}
            </th>
            <td className="num">{r.points}</td>
            <td className="num">{r.meanPosition === null ? '–' : formatMean(r.meanPosition, lang)}</td>
            <td>
              {r.respondents > 0 ? (
                <Spread result={r} />
              ) : (
                <span className="ranking-meta">{rangeText(r, s)}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
