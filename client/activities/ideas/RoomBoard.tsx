import type { IdeasResults, IdeasView, ThemeTally } from '../../../shared/activities/ideas/types.ts';
import { SECTORS } from '../../../shared/domain/sectors.ts';
import { errorKey, plural, useT } from '../../i18n/useT.ts';
import { useSectorLabel } from '../../views/useSectorLabel.ts';
import { groupsOf } from './groups.ts';
import { MoveControl } from './MoveControl.tsx';
import { NewThemeForm } from './NewThemeForm.tsx';
import { useS } from './strings.ts';
import { ThemeRename } from './ThemeRename.tsx';
import { cardDomId, useCardMove } from './useCardMove.ts';

interface Props {
  activityId: string;
  view: IdeasView;
  /** The participant may group now (allowed by the config, the collection open). */
  canGroup: boolean;
  /** Revealed results: which sectors stand behind each theme. */
  results: IdeasResults | null;
}

/** The room's cards on a phone, grouped under the themes as they form; moving when allowed. */
export function RoomBoard({ activityId, view, canGroup, results }: Props) {
  const t = useT();
  const s = useS();
  const sectorLabel = useSectorLabel();
  const mv = useCardMove(activityId);
  const groups = groupsOf(view, s('ungrouped')).filter((g) => g.id !== null || g.cards.length > 0);
  const words = { moveTo: s('moveTo'), move: s('move'), ungrouped: s('ungrouped') };
  const sectorsOf = (tally: ThemeTally | undefined) =>
    tally
      ? SECTORS.filter((x) => tally.bySector[x] > 0)
          .map(sectorLabel)
          .join(', ')
      : '';
  const headingId = `ideas-room-${activityId}`;
  return (
    <section aria-labelledby={headingId} className="stack ideas-room">
      <h3 id={headingId}>{s('room')}</h3>
      {canGroup && <NewThemeForm activityId={activityId} themeCount={view.themes.length} />}
      {canGroup && (
        <p className="form-feedback" role="status">
          {mv.error ? t(errorKey(mv.error)) : mv.said}
        </p>
      )}
      {view.cards.length === 0 && <p>{s('roomEmpty')}</p>}
      {groups.map((g) => {
        const from = sectorsOf(
          g.id === null ? results?.ungrouped : results?.themes.find((x) => x.id === g.id),
        );
        const theme = view.themes.find((x) => x.id === g.id);
        return (
          <section key={g.id ?? ''} className="ideas-group" aria-label={g.name}>
            <div className="ideas-group-head">
              <h4>{g.name}</h4>
              <span className="ideas-count">{plural(s, g.cards.length, 'countOne', 'count')}</span>
            </div>
            {from && <p className="hint">{s('from', { sectors: from })}</p>}
            {canGroup && theme && <ThemeRename activityId={activityId} theme={theme} onRenamed={mv.say} />}
            <ul className="ideas-cards">
              {g.cards.map((card) => {
                const textId = `${cardDomId(activityId, card.id)}-text`;
                return (
                  <li
                    key={card.id}
                    id={cardDomId(activityId, card.id)}
                    data-theme={card.themeId ?? ''}
                    tabIndex={-1}
                    className="ideas-card"
                  >
                    <p id={textId} className="ideas-text">
                      {card.text}
                    </p>
                    {card.authorName && (
                      <p className="ideas-author">{s('byName', { name: card.authorName })}</p>
                    )}
                    {canGroup && (
                      <div className="ideas-card-tools">
                        <MoveControl
                          card={card}
                          themes={view.themes}
                          describedBy={textId}
                          words={words}
                          onMove={(themeId, name) =>
                            void mv.move(card.id, themeId, s('moved', { theme: name }))
                          }
                        />
                        {card.themeId !== null && (
                          <button
                            type="button"
                            className="button small"
                            aria-describedby={textId}
                            onClick={() => void mv.move(card.id, null, s('moved', { theme: s('ungrouped') }))}
                          >
                            {s('takeOut')}
                          </button>
                        )}
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
