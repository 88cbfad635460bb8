import type { MatrixResults } from '../../../shared/activities/matrix/types.ts';
import { SECTORS } from '../../../shared/domain/sectors.ts';
import { SectorCounts } from '../../components/SectorCounts.tsx';
import { plural, useT } from '../../i18n/useT.ts';
import { useActivityResults } from '../../stores/workshopStore.ts';
import { useSectorLabel } from '../../views/useSectorLabel.ts';
import type { ActivityViewProps } from '../types.ts';
import { matrixConfigOf } from './config.ts';
import { Plot } from './Plot.tsx';
import { StatsTable } from './StatsTable.tsx';
import { useStaffS } from './staffStrings.ts';
import { useS } from './strings.ts';
import './matrix.css';

/**
 * The live results in the control room: the same plot as the projector, a table per item (mean
 * and spread on each axis, n, and in a risk matrix score and level), each item's split by sector,
 * and who has answered per sector. Facilitators get results whether revealed or not.
 */
export default function MatrixFacilitator({ activity }: ActivityViewProps) {
  const t = useT();
  const s = useS();
  const staff = useStaffS();
  const sectorLabel = useSectorLabel();
  const config = matrixConfigOf(activity.config);
  const results = useActivityResults<MatrixResults>(activity.id);
  if (!config) return <p className="notice">{t('activity.unknown')}</p>;
  const status =
    activity.status === 'open'
      ? staff('admin.open')
      : activity.status === 'closed'
        ? staff('admin.closed')
        : staff('admin.draft');
  return (
    <div className="stack matrix-facilitator">
      <p>
        {status} {activity.revealed ? staff('admin.revealed') : staff('admin.hidden')}
      </p>
      {results ? (
        <>
          <h3>{staff('admin.tally')}</h3>
          <p className="results-summary">
            {plural(s, results.respondents, 'results.respondentsOne', 'results.respondents')}
          </p>
          <Plot
            config={config}
            results={results}
            label={s('results.plot', { axisX: config.axes.x.name, axisY: config.axes.y.name })}
            className="matrix-plot-staff"
          />
          <p className="hint">
            {s('results.spreadNote')} {config.variant === 'risk' && s('results.bandsNote')}
          </p>
          <StatsTable
            config={config}
            caption={staff('admin.table')}
            headColumns={[staff('admin.number'), staff('admin.item')]}
            rows={config.items.map((item, i) => ({
              key: item.id,
              head: [String(i + 1), item.text],
              stats: results.byItem[item.id],
            }))}
          />
          {config.items.map((item, i) => {
            const r = results.byItem[item.id];
            const answered = r ? SECTORS.filter((sector) => r.bySector[sector].n > 0) : [];
            if (!r || answered.length === 0) return null;
            return (
              <details key={item.id} className="matrix-sectors">
                <summary>
                  {staff('admin.bySector')}: {i + 1}. {item.text}
                </summary>
                <StatsTable
                  config={config}
                  caption={`${i + 1}. ${item.text}`}
                  headColumns={[staff('admin.sector')]}
                  rows={answered.map((sector) => ({
                    key: sector,
                    head: [sectorLabel(sector)],
                    stats: r.bySector[sector],
                  }))}
                />
              </details>
            );
          })}
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
}
