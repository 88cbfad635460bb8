import type { RankingResults } from '../../../shared/activities/ranking/types.ts';
import { plural, useT } from '../../i18n/useT.ts';
import { useActivityResults } from '../../stores/workshopStore.ts';
import { usePages } from '../../views/usePages.ts';
import { activityLabel } from '../index.ts';
import type { ActivityViewProps } from '../types.ts';
import { rankingConfigOf } from './config.ts';
import { RankedList } from './RankedList.tsx';
import { useStaffS } from './staffStrings.ts';
import { useS } from './strings.ts';
import './ranking.css';

/** Rows per page: what the back row's type size fits without scrolling on a 16:9 screen. */
const PAGE = 6;

/**
 * A ranking on the big screen: the items and "N har svarat" while people rank (before the reveal
 * the server sends the projector the counts only), then the room's ranking, best first. More
 * than PAGE items turn pages by themselves, with "Sida 1 av 3" and a pause (WCAG 2.2.2).
 */
export default function RankingProjector({ activity }: ActivityViewProps) {
  const t = useT();
  const s = useS();
  const staff = useStaffS();
  const config = rankingConfigOf(activity.config);
  const results = useActivityResults<RankingResults>(activity.id);
  const revealed = activity.revealed && results !== null && results.items.length > 0;
  const pager = usePages(config?.items.length ?? 0, PAGE);
  if (!config) return <p className="projector-phase">{t('activity.unknown')}</p>;
  const headingId = `projector-${activity.id}`;
  const count = plural(staff, results?.respondents ?? 0, 'projector.countOne', 'projector.count');
  const phase = revealed
    ? plural(s, results.respondents, 'results.respondentsOne', 'results.respondents')
    : activity.status === 'open'
      ? `${staff('projector.answering')} – ${count}`
      : activity.status === 'closed'
        ? `${staff('projector.closed')} – ${count}`
        : staff('projector.notOpen');
  return (
    <section className="projector-results ranking-projector ranking" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {revealed ? `${activityLabel(t, activity)} – ${s('results.heading')}` : activityLabel(t, activity)}
      </h2>
      {config.prompt && <p className="ranking-prompt">{config.prompt}</p>}
      <p className="ranking-projector-phase" role="status">
        {phase}
      </p>
      {revealed ? (
        <RankedList config={config} items={results.items} from={pager.from} to={pager.to} />
      ) : (
        <ol className="ranking-items" start={pager.from + 1}>
          {config.items.slice(pager.from, pager.to).map((i) => (
            <li key={i.id} className="ranking-text">
              {i.text}
            </li>
          ))}
        </ol>
      )}
      {pager.pages > 1 && (
        <div className="ranking-pager">
          <span>{staff('projector.page', { n: pager.page + 1, total: pager.pages })}</span>
          <button type="button" className="button" onClick={pager.togglePause}>
            {pager.paused ? staff('projector.resume') : staff('projector.pause')}
          </button>
        </div>
      )}
    </section>
  );
}
