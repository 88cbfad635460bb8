import type { IdeaCard, IdeasView } from '../../../shared/activities/ideas/types.ts';
import { plural } from '../../i18n/useT.ts';
import { useActivityView } from '../../stores/workshopStore.ts';
import { usePages } from '../../views/usePages.ts';
import type { ActivityViewProps } from '../types.ts';
import { ideasConfigOf, ideasViewOf } from './config.ts';
import { groupsOf } from './groups.ts';
import { pagesOf } from './paging.ts';
import { useStaffS } from './staffStrings.ts';
import { useS } from './strings.ts';
import './ideas.css';
import { UserText } from '../../components/UserText.tsx';

/** Lines a card takes on the stage (its text at about 30 characters a line, plus its margins). */
const linesOf = (card: IdeaCard) => Math.ceil(card.text.length / 30) + 1;
/** What one page of arriving cards holds, in lines over its two columns. */
const CARD_BUDGET = 22;
/** Themes per page, and cards shown under each (the rest counted). */
const THEMES_PER_PAGE = 3;
const CARDS_PER_THEME = 5;

/**
 * The idea collection on the big screen. While collecting: the cards as they arrive, newest
 * first. Once the grouping has begun: the themes with their cards. Both page by themselves when
 * they do not fit, with a pause button (WCAG 2.2.2); the room only ever sees shown cards.
 */
export default function IdeasProjector({ activity }: ActivityViewProps) {
  const s = useS();
  const staff = useStaffS();
  const config = ideasConfigOf(activity.config);
  const view = ideasViewOf(useActivityView<IdeasView>(activity.id));
  const grouping = view.themes.length > 0;
  const groups = groupsOf(view, s('ungrouped')).filter((g) => g.id !== null || g.cards.length > 0);
  const newestFirst = [...view.cards].reverse();
  const pages = grouping
    ? pagesOf(groups, () => 1, THEMES_PER_PAGE)
    : pagesOf(newestFirst, linesOf, CARD_BUDGET);
  const pager = usePages(pages.length, 1);
  const count = plural(staff, view.cards.length, 'projector.countOne', 'projector.count');
  const phase =
    activity.status === 'open'
      ? `${staff('projector.collecting')} – ${count}`
      : activity.status === 'closed'
        ? `${staff('projector.closed')} – ${count}`
        : staff('projector.notOpen');
  return (
    <div className="projector-results ideas-projector">
      <p className="ideas-projector-phase" role="status">
        {phase}
      </p>
      {config?.prompt && <p className="ideas-projector-prompt">{config.prompt}</p>}
      {view.cards.length === 0 && !grouping && activity.status !== 'draft' && (
        <p className="ideas-projector-none">{staff('projector.none')}</p>
      )}
      {grouping ? themes() : cards()}
      {pages.length > 1 && (
        <div className="ideas-pager">
          <span>{staff('projector.page', { n: pager.page + 1, total: pages.length })}</span>
          <button type="button" className="button" onClick={pager.togglePause}>
            {pager.paused ? staff('projector.resume') : staff('projector.pause')}
          </button>
        </div>
      )}
    </div>
  );

  function cards() {
    const page = (pages[pager.page] ?? []) as IdeaCard[];
    return (
      <ul className="ideas-stage-cards">
        {page.map((card) => (
          <li key={card.id} className="ideas-stage-card">
            {card.text}
            {card.authorName && <span className="ideas-stage-author"> – {card.authorName}</span>}
          </li>
        ))}
      </ul>
    );
  }

  function themes() {
    const page = (pages[pager.page] ?? []) as typeof groups;
    return (
      <div className="ideas-stage-themes">
        {page.map((g) => {
          const shown = g.cards.slice(0, CARDS_PER_THEME);
          const more = g.cards.length - shown.length;
          return (
            <section key={g.id ?? ''} className="ideas-stage-theme" aria-label={g.name}>
              <h3>
                {g.name} <span className="ideas-stage-count">({g.cards.length})</span>
              </h3>
              <ul>
                {shown.map((card) => (
                  <li key={card.id}>
                    <UserText text={card.text} />
                  </li>
                ))}
              </ul>
              {more > 0 && <p className="ideas-stage-more">{staff('projector.more', { n: more })}</p>}
            </section>
          );
        })}
      </div>
    );
  }
}
