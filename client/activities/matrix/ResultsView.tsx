import { useId } from 'react';
import type { MatrixConfig, MatrixResults, Placements } from '../../../shared/activities/matrix/types.ts';
import { plural } from '../../i18n/useT.ts';
import { useLangStore } from '../../stores/langStore.ts';
import { figuresText } from './figures.ts';
import { Plot } from './Plot.tsx';
import { placementText, wordsOf } from './points.ts';
import { useS } from './strings.ts';

interface Props {
  config: MatrixConfig;
  results: MatrixResults;
  /** The participant's own placements, said under each item. */
  mine: Placements;
}

/**
 * The revealed results on a phone: the plot, then each item's figures in words with one's own
 * placement (a list, not a table, so nothing scrolls sideways at 320 px).
 */
export default function MatrixResultsView({ config, results, mine }: Props) {
  const s = useS();
  const lang = useLangStore((l) => l.lang);
  const headingId = useId();
  const words = wordsOf(config, s);
  return (
    <section aria-labelledby={headingId} className="stack matrix-results">
      <h3 id={headingId}>{s('results.heading')}</h3>
      <p className="results-summary" role="status">
        {plural(s, results.respondents, 'results.respondentsOne', 'results.respondents')}
      </p>
      <Plot
        config={config}
        results={results}
        label={s('results.plot', { axisX: config.axes.x.name, axisY: config.axes.y.name })}
      />
      <p className="hint">
        {s('results.spreadNote')} {config.variant === 'risk' && s('results.bandsNote')}
      </p>
      <ol className="matrix-result-list">
        {config.items.map((item, i) => {
          const r = results.byItem[item.id];
          const own = mine[item.id];
          const figures = r ? figuresText(config, r, s, lang) : [];
          return (
            <li key={item.id}>
              <p className="matrix-result-text">
                <span className="matrix-badge">{i + 1}</span> {item.text}
              </p>
              <p className="matrix-result-meta">
                {r && r.n > 0
                  ? `${figures.join(' · ')} · ${plural(s, r.n, 'results.placedByOne', 'results.placedBy')}`
                  : s('results.noPlacements')}
              </p>
              <p className="matrix-mine">
                {own ? s('yours', { place: placementText(config, words, own, s) }) : s('notYours')}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
