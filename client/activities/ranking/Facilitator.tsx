import { useId, useState } from 'react';
import type { RankingResults } from '../../../shared/activities/ranking/types.ts';
import { SECTORS, type Sector } from '../../../shared/domain/sectors.ts';
import { SectorCounts } from '../../components/SectorCounts.tsx';
import { plural, useT } from '../../i18n/useT.ts';
import { useActivityResults } from '../../stores/workshopStore.ts';
import { useSectorLabel } from '../../views/useSectorLabel.ts';
import type { ActivityViewProps } from '../types.ts';
import { rankingConfigOf } from './config.ts';
import { ResultsTable } from './ResultsTable.tsx';
import { useStaffS } from './staffStrings.ts';
import { useS } from './strings.ts';
import './ranking.css';

const ALL = 'all';

/**
 * The live ranking in the control room: a table for everyone or for one sector at a time (a
 * picker of the sectors that have answered), and who has answered per sector. Facilitators get
 * results whether revealed or not.
 */
export default function RankingFacilitator({ activity }: ActivityViewProps) {
  const t = useT();
  const s = useS();
  const staff = useStaffS();
  const id = useId();
  const sectorLabel = useSectorLabel();
  const config = rankingConfigOf(activity.config);
  const results = useActivityResults<RankingResults>(activity.id);
  const [picked, setPicked] = useState<Sector | typeof ALL>(ALL);
  if (!config) return <p className="notice">{t('activity.unknown')}</p>;
  const status =
    activity.status === 'open'
      ? staff('admin.open')
      : activity.status === 'closed'
        ? staff('admin.closed')
        : staff('admin.draft');
  const answered = results ? SECTORS.filter((sector) => results.bySector[sector]) : [];
  // A sector picked earlier whose answers were reset falls back to everyone.
  const sector = picked !== ALL && answered.includes(picked) ? picked : ALL;
  const items = results ? (sector === ALL ? results.items : (results.bySector[sector] ?? [])) : [];
  const count = results ? (sector === ALL ? results.respondents : results.respondentsBySector[sector]) : 0;
  const caption = `${staff('admin.tally')} – ${sector === ALL ? staff('admin.all') : sectorLabel(sector)}`;
  return (
    <div className="stack ranking">
      {config.prompt && <p className="prompt ranking-prompt">{config.prompt}</p>}
      <p>
        {status} {activity.revealed ? staff('admin.revealed') : staff('admin.hidden')}
      </p>
      <section aria-labelledby={`${id}-tally`} className="results-section stack">
        <h3 id={`${id}-tally`}>{staff('admin.tally')}</h3>
        {answered.length > 0 && (
          <div className="ranking-sector-pick">
            <label htmlFor={`${id}-sector`}>{staff('admin.show')}</label>
            <select
              id={`${id}-sector`}
              value={sector}
              onChange={(e) => setPicked(e.target.value as Sector | typeof ALL)}
            >
              <option value={ALL}>{staff('admin.all')}</option>
              {answered.map((x) => (
                <option key={x} value={x}>
                  {staff('admin.sectorN', {
                    sector: sectorLabel(x),
                    n: results?.respondentsBySector[x] ?? 0,
                  })}
                </option>
              ))}
            </select>
          </div>
        )}
        {/* Only the one-line summary is live: a whole table read out at every answer is noise. */}
        <p className="results-summary" role="status">
          {plural(s, count, 'results.respondentsOne', 'results.respondents')}
        </p>
        {results && results.respondents > 0 ? (
          <ResultsTable config={config} items={items} caption={caption} />
        ) : (
          <p>{s('results.none')}</p>
        )}
        <p className="hint">{s('results.rule')}</p>
      </section>
      {results && (
        <details className="voters-by-sector">
          <summary>{staff('admin.bySector')}</summary>
          <SectorCounts counts={results.respondentsBySector} sectorLabel={sectorLabel} />
        </details>
      )}
    </div>
  );
}
