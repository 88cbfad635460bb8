import type { MatrixResults } from '../../../shared/activities/matrix/types.ts';
import { plural } from '../../i18n/useT.ts';
import { useLangStore } from '../../stores/langStore.ts';
import { useActivityResults } from '../../stores/workshopStore.ts';
import type { ActivityViewProps } from '../types.ts';
import { matrixConfigOf } from './config.ts';
import { figuresText } from './figures.ts';
import { Plot } from './Plot.tsx';
import { useStaffS } from './staffStrings.ts';
import { useS } from './strings.ts';
import './matrix.css';
import { usePages } from '../../views/usePages.ts';

/** Legend rows per page: what fits beside the plot at the back row's type size. */
const PAGE = 6;

/**
 * A matrix on the big screen: the plot of the two axes (the risk matrix's coloured grid under
 * it) with a numbered legend beside it. While answering, the items and how many have answered
 * (before the reveal the server sends the projector the count only); once revealed, each item's
 * mean as a numbered marker with its spread. More than PAGE items turn the legend's pages by
 * themselves, with a pause (WCAG 2.2.2); the markers all stay on the plot.
 */
export default function MatrixProjector({ activity }: ActivityViewProps) {
  const s = useS();
  const staff = useStaffS();
  const lang = useLangStore((l) => l.lang);
  const config = matrixConfigOf(activity.config);
  const results = useActivityResults<MatrixResults>(activity.id);
  const { page: shown, pages, paused, togglePause } = usePages(config?.items.length ?? 0, PAGE);
  if (!config) return null;
  const revealed = activity.revealed && results !== null;
  const count = results ? plural(staff, results.respondents, 'projector.countOne', 'projector.count') : '';
  const phase =
    activity.status === 'open'
      ? `${staff('projector.answering')}${count ? ` – ${count}` : ''}`
      : activity.status === 'closed'
        ? `${staff('projector.closed')}${count ? ` – ${count}` : ''}`
        : staff('projector.notOpen');
  const first = shown * PAGE;
  const rows = config.items.slice(first, first + PAGE);
  return (
    <div className="projector-results matrix-projector">
      <p className="matrix-projector-phase" role="status">
        {revealed ? plural(s, results.respondents, 'results.respondentsOne', 'results.respondents') : phase}
      </p>
      {config.prompt && <p className="matrix-prompt">{config.prompt}</p>}
      <div className="matrix-stage">
        <Plot
          config={config}
          results={revealed ? results : null}
          label={s('results.plot', { axisX: config.axes.x.name, axisY: config.axes.y.name })}
          className="matrix-plot-stage"
        />
        <div className="matrix-legend-box">
          <h3 className="visually-hidden">{staff('projector.legend')}</h3>
          <ol className="matrix-legend" start={first + 1}>
            {rows.map((item, i) => {
              const r = revealed ? results.byItem[item.id] : undefined;
              const figures = r ? figuresText(config, r, s, lang) : [];
              return (
                <li key={item.id}>
                  <span className="matrix-badge">{first + i + 1}</span>
                  <span className="matrix-legend-body">
                    <span className="matrix-legend-text">{item.text}</span>
                    {revealed && (
                      <span className="matrix-legend-meta">
                        {figures.length > 0 ? figures.join(' · ') : s('results.noPlacements')}
                      </span>
                    )}
                  </span>
                </li>
              );
            })}
          </ol>
          {pages > 1 && (
            <div className="matrix-pager">
              <span>{staff('projector.page', { n: shown + 1, total: pages })}</span>
              <button type="button" className="button" onClick={togglePause}>
                {paused ? staff('projector.resume') : staff('projector.pause')}
              </button>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
