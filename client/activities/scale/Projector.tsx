import type { ScaleResults } from '../../../shared/activities/scale/types.ts';
import { plural } from '../../i18n/useT.ts';
import { useLangStore } from '../../stores/langStore.ts';
import { useActivityResults } from '../../stores/workshopStore.ts';
import type { ActivityViewProps } from '../types.ts';
import { scaleConfigOf } from './config.ts';
import { DistributionBar, distributionText } from './DistributionBar.tsx';
import { Legend } from './Legend.tsx';
import { pointsOf } from './points.ts';
import { formatMedian } from './StatementResults.tsx';
import { useStaffS } from './staffStrings.ts';
import { useS } from './strings.ts';
import './scale.css';
import { usePages } from '../../views/usePages.ts';

/** Statements per page: what fits the back row's type size without scrolling. */
const PAGE = 5;

/**
 * Scales on the big screen: the statements and how many have answered while open (before the
 * reveal the server sends the projector the counts only), a bar per statement once revealed.
 * More than PAGE statements turn pages by themselves, with a pause (WCAG 2.2.2).
 */
export default function ScaleProjector({ activity }: ActivityViewProps) {
  const s = useS();
  const staff = useStaffS();
  const lang = useLangStore((l) => l.lang);
  const config = scaleConfigOf(activity.config);
  const results = useActivityResults<ScaleResults>(activity.id);
  const { page: shown, pages, paused, togglePause } = usePages(config?.statements.length ?? 0, PAGE);
  if (!config) return null;
  const showBars = activity.revealed && results !== null;
  const count = results ? plural(staff, results.respondents, 'projector.countOne', 'projector.count') : '';
  const phase =
    activity.status === 'open'
      ? `${staff('projector.answering')}${count ? ` – ${count}` : ''}`
      : activity.status === 'closed'
        ? `${staff('projector.closed')}${count ? ` – ${count}` : ''}`
        : staff('projector.notOpen');
  const points = pointsOf(config, s);
  const first = shown * PAGE;
  const rows = config.statements.slice(first, first + PAGE);
  return (
    <div className="projector-results scale-projector">
      <p className="scale-projector-phase" role="status">
        {showBars ? plural(s, results.respondents, 'results.respondentsOne', 'results.respondents') : phase}
      </p>
      {config.prompt && <p className="scale-prompt">{config.prompt}</p>}
      {showBars && <Legend points={points} />}
      <ol className="scale-result-list" start={first + 1}>
        {rows.map((st, i) => {
          const r = showBars ? results.byStatement[st.id] : undefined;
          return (
            <li key={st.id} className="scale-result">
              <div className="scale-result-head">
                <span className="scale-result-text">
                  <span className="scale-number">{first + i + 1}.</span> {st.text}
                </span>
                {r && (
                  <span className="scale-result-meta">
                    {plural(s, r.n, 'results.answersOne', 'results.answers')}
                    {r.median !== null && ` · ${s('results.median', { m: formatMedian(r.median, lang) })}`}
                    {r.skips > 0 && ` · ${s('results.skips', { n: r.skips })}`}
                  </span>
                )}
              </div>
              {r && (
                <DistributionBar
                  distribution={r}
                  points={points}
                  label={distributionText(r, points, s('skip'))}
                />
              )}
            </li>
          );
        })}
      </ol>
      {pages > 1 && (
        <div className="scale-pager">
          <span>{staff('projector.page', { n: shown + 1, total: pages })}</span>
          <button type="button" className="button" onClick={togglePause}>
            {paused ? staff('projector.resume') : staff('projector.pause')}
          </button>
        </div>
      )}
    </div>
  );
}
