import { percentOf } from '../../../shared/activities/poll/rules.ts';
import type { PollConfig, PollResults } from '../../../shared/activities/poll/types.ts';
import { ResultBars, type RowTotal } from '../../components/ResultBars.tsx';
import { plural } from '../../i18n/useT.ts';
import { useSectorLabel } from '../../views/useSectorLabel.ts';
import { OTHER_ROW } from './config.ts';
import { useS } from './strings.ts';

interface Props {
  config: PollConfig;
  results: PollResults;
  /** The projector has no scrolling: at most this many "other" answers are written out. */
  otherLimit?: number;
  /** The control room lists the "other" answers with its moderation instead. */
  showOtherTexts?: boolean;
}

/**
 * Each option's count and share of the respondents, split by sector (the split also in words),
 * then the "other" answers' words. In a polite live region, so new answers are announced calmly.
 */
export function PollBars({ config, results, otherLimit, showOtherTexts = true }: Props) {
  const s = useS();
  const sectorLabel = useSectorLabel();
  const rows = config.options.map((o) => ({ id: o.id, label: o.text }));
  const totals: Record<string, RowTotal> = { ...results.byOption };
  if (results.other) {
    rows.push({ id: OTHER_ROW, label: s('other') });
    totals[OTHER_ROW] = results.other;
  }
  const texts = showOtherTexts ? results.otherTexts : [];
  const shownTexts = otherLimit === undefined ? texts : texts.slice(0, otherLimit);
  return (
    <div role="status" className="results-live poll-results">
      <p className="results-summary">{plural(s, results.respondents, 'respondentsOne', 'respondents')}</p>
      {results.respondents === 0 ? (
        <p>{s('none')}</p>
      ) : (
        <ResultBars
          rows={rows}
          totals={totals}
          sectorLabel={sectorLabel}
          dotsLabel={(n) => s('count', { n, pct: percentOf(n, results.respondents) })}
        />
      )}
      {texts.length > 0 && (
        <div className="poll-other-texts">
          <h3>{s('otherTexts')}</h3>
          <ul>
            {shownTexts.map((o, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: answers have no id; the order is stored
              <li key={i}>
                {o.text} ({sectorLabel(o.sector)})
              </li>
            ))}
          </ul>
          {shownTexts.length < texts.length && <p>+ {texts.length - shownTexts.length}</p>}
        </div>
      )}
    </div>
  );
}
