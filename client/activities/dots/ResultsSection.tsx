import { useId } from 'react';
import type { LabelledVoteItem, Tally } from '../../../shared/activities/dots/types.ts';
import { ResultBars } from '../../components/ResultBars.tsx';
import { SectorCounts } from '../../components/SectorCounts.tsx';
import { plural } from '../../i18n/useT.ts';
import { useSectorLabel } from '../../views/useSectorLabel.ts';
import { useResultS } from './resultStrings.ts';
import './dots.css';

interface Props {
  heading: string;
  /** The items voted on, in the list's order, with their texts; hidden ones are left out. */
  items: readonly LabelledVoteItem[];
  tally: Tally;
  headingLevel?: 2 | 3;
  limit?: number;
  showVoters?: boolean;
}

/** Results with totals and the split by sector; a polite live region so updates are announced calmly. */
export function ResultsSection({ heading, items, tally, headingLevel = 2, limit, showVoters = true }: Props) {
  const s = useResultS();
  const sectorLabel = useSectorLabel();
  const headingId = useId();
  const visible = items.filter((p) => !p.hidden);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  // Numbered as on every screen (the list's numbers), so "number 3" is the same everywhere.
  const rows = visible.map((p) => ({ id: p.id, label: `${p.n}. ${p.label}` }));
  return (
    <section aria-labelledby={headingId} className="results-section dots-results">
      <H id={headingId}>{heading}</H>
      <div role="status" className="results-live">
        <p className="results-summary">
          {plural(s, tally.voters, 'votersOne', 'voters')} · {s('totalDots', { n: tally.totalDots })}
        </p>
        {tally.totalDots === 0 ? (
          <p>{s('none')}</p>
        ) : (
          <ResultBars
            rows={rows}
            totals={tally.byPriority}
            sectorLabel={sectorLabel}
            dotsLabel={(n) => plural(s, n, 'dotsOne', 'dots')}
            {...(limit === undefined ? {} : { limit })}
          />
        )}
      </div>
      {showVoters && (
        <details className="voters-by-sector">
          <summary>{s('votersBySector')}</summary>
          <SectorCounts counts={tally.votersBySector} sectorLabel={sectorLabel} />
        </details>
      )}
    </section>
  );
}
