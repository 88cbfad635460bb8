import { type ReactNode, useId } from 'react';
import type { Rating, ScaleConfig, ScaleResults } from '../../../shared/activities/scale/types.ts';
import { plural } from '../../i18n/useT.ts';
import { type Lang, useLangStore } from '../../stores/langStore.ts';
import { DistributionBar, distributionText } from './DistributionBar.tsx';
import { Legend } from './Legend.tsx';
import { pointsOf, ratingText } from './points.ts';
import { useS } from './strings.ts';

interface Props {
  heading: string;
  config: ScaleConfig;
  results: ScaleResults;
  headingLevel?: 2 | 3;
  /** The participant's own ratings, shown under each statement. */
  mine?: Readonly<Record<string, Rating>>;
  /** More under each statement (the facilitator's split by sector). */
  extra?: (statementId: string) => ReactNode;
}

/** Per statement: the distribution as a bar with counts, the number of answers, the median and the skips. */
export function StatementResults({ heading, config, results, headingLevel = 2, mine, extra }: Props) {
  const s = useS();
  const lang = useLangStore((l) => l.lang);
  const headingId = useId();
  const points = pointsOf(config, s);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const median = (m: number | null) =>
    m === null ? '' : ` · ${s('results.median', { m: formatMedian(m, lang) })}`;
  return (
    <section aria-labelledby={headingId} className="scale-results">
      <H id={headingId}>{heading}</H>
      <p className="results-summary" role="status">
        {plural(s, results.respondents, 'results.respondentsOne', 'results.respondents')}
      </p>
      <Legend points={points} />
      <ol className="scale-result-list">
        {config.statements.map((st, i) => {
          const r = results.byStatement[st.id];
          const own = mine?.[st.id];
          return (
            <li key={st.id} className="scale-result">
              <p className="scale-result-text">
                <span className="scale-number">{i + 1}.</span> {st.text}
              </p>
              {r && (
                <>
                  <DistributionBar
                    distribution={r}
                    points={points}
                    label={distributionText(r, points, s('skip'))}
                  />
                  <p className="scale-result-meta">
                    {plural(s, r.n, 'results.answersOne', 'results.answers')}
                    {median(r.median)}
                    {r.skips > 0 && ` · ${s('results.skips', { n: r.skips })}`}
                  </p>
                </>
              )}
              {mine && (
                <p className="scale-mine">
                  {own === undefined
                    ? s('noAnswer')
                    : s('yourAnswer', { answer: ratingText(own, points, s) })}
                </p>
              )}
              {extra?.(st.id)}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** A median is a point or halfway between two: one decimal at most, with the language's comma. */
export const formatMedian = (m: number, lang: Lang): string =>
  m.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 });
