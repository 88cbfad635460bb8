import type { ScaleConfig, ScaleResults } from '../../../shared/activities/scale/types.ts';
import { SECTORS } from '../../../shared/domain/sectors.ts';
import { SectorCounts } from '../../components/SectorCounts.tsx';
import { plural, useT } from '../../i18n/useT.ts';
import { useActivityResults } from '../../stores/workshopStore.ts';
import { useSectorLabel } from '../../views/useSectorLabel.ts';
import type { ActivityViewProps } from '../types.ts';
import { scaleConfigOf } from './config.ts';
import { DistributionBar, distributionText } from './DistributionBar.tsx';
import { pointsOf } from './points.ts';
import { StatementResults } from './StatementResults.tsx';
import { useStaffS } from './staffStrings.ts';
import { useS } from './strings.ts';
import './scale.css';

/**
 * The live distributions in the control room, each statement with its split by sector (a bar
 * per sector that has answered), and who has answered per sector. Facilitators get results
 * whether revealed or not.
 */
export default function ScaleFacilitator({ activity }: ActivityViewProps) {
  const t = useT();
  const s = useS();
  const staff = useStaffS();
  const sectorLabel = useSectorLabel();
  const config = scaleConfigOf(activity.config);
  const results = useActivityResults<ScaleResults>(activity.id);
  if (!config) return <p className="notice">{t('activity.unknown')}</p>;
  const status =
    activity.status === 'open'
      ? staff('admin.open')
      : activity.status === 'closed'
        ? staff('admin.closed')
        : staff('admin.draft');
  return (
    <div className="stack">
      <p>
        {status} {activity.revealed ? staff('admin.revealed') : staff('admin.hidden')}
      </p>
      {results ? (
        <>
          <StatementResults
            heading={staff('admin.tally')}
            config={config}
            results={results}
            headingLevel={3}
            extra={(id) => bySector(config, results, id)}
          />
          <details className="voters-by-sector">
            <summary>{staff('admin.respondentsBySector')}</summary>
            <SectorCounts counts={results.respondentsBySector} sectorLabel={sectorLabel} />
          </details>
        </>
      ) : (
        <p>{s('results.none')}</p>
      )}
    </div>
  );

  function bySector(config: ScaleConfig, results: ScaleResults, id: string) {
    const r = results.byStatement[id];
    if (!r) return null;
    const points = pointsOf(config, s);
    const answered = SECTORS.filter((sector) => {
      const d = r.bySector[sector];
      return d.n + d.skips > 0;
    });
    if (answered.length === 0) return null;
    return (
      <details className="scale-sectors">
        <summary>{staff('admin.bySector')}</summary>
        <ul>
          {answered.map((sector) => {
            const d = r.bySector[sector];
            return (
              <li key={sector}>
                <span className="sector-chip">
                  <span className={`swatch sector-${sector}`} aria-hidden="true" />
                  {sectorLabel(sector)} · {plural(s, d.n, 'results.answersOne', 'results.answers')}
                  {d.skips > 0 && ` · ${s('results.skips', { n: d.skips })}`}
                </span>
                <DistributionBar
                  distribution={d}
                  points={points}
                  label={`${sectorLabel(sector)}: ${distributionText(d, points, s('skip'))}`}
                />
              </li>
            );
          })}
        </ul>
      </details>
    );
  }
}
