import type { IdeasResults, IdeasView, ThemeTally } from '../../../shared/activities/ideas/types.ts';
import { SECTORS } from '../../../shared/domain/sectors.ts';
import { ConfirmInPlace } from '../../components/ConfirmInPlace.tsx';
import { errorKey, plural, useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { useSectorLabel } from '../../views/useSectorLabel.ts';
import { BoardDnd, DragGrip, DropColumn } from './BoardDnd.tsx';
import { CardMeta } from './CardMeta.tsx';
import { groupsOf } from './groups.ts';
import { MoveControl } from './MoveControl.tsx';
import { NewThemeForm } from './NewThemeForm.tsx';
import { useStaffS } from './staffStrings.ts';
import { useS } from './strings.ts';
import { ThemeRename } from './ThemeRename.tsx';
import { cardDomId, useCardMove } from './useCardMove.ts';
import { useModerate } from './useModerate.ts';

interface Props {
  activityId: string;
  view: IdeasView;
  results: IdeasResults | null;
}

/**
 * The facilitator's board: "Utan tema" and a column per theme. Every card can be moved with
 * a select and a button (or dragged by its grip), taken out of its theme and hidden; themes are created, renamed in place,
 * moved earlier or later, and deleted after a confirm (their cards go back, nothing is lost).
 */
export function StaffBoard({ activityId, view, results }: Props) {
  const t = useT();
  const s = useS();
  const staff = useStaffS();
  const sectorLabel = useSectorLabel();
  const mv = useCardMove(activityId);
  const m = useModerate(activityId);
  const ungrouped = s('ungrouped');
  // The ungrouped column first: that is where new cards arrive and grouping starts.
  const all = groupsOf(view, ungrouped);
  const groups = [all[all.length - 1], ...all.slice(0, -1)].filter((g) => g !== undefined);
  const words = { moveTo: staff('admin.moveTo'), move: s('move'), ungrouped };
  const columnId = (id: string | null) => `ideas-col-${activityId}-${id ?? 'none'}`;
  const sectorsOf = (tally: ThemeTally | undefined) =>
    tally
      ? SECTORS.filter((x) => tally.bySector[x] > 0)
          .map((x) => `${sectorLabel(x)} ${tally.bySector[x]}`)
          .join(', ')
      : '';

  const reorder = async (index: number, by: -1 | 1) => {
    const ids = view.themes.map((x) => x.id);
    const j = index + by;
    if (j < 0 || j >= ids.length) return;
    [ids[index], ids[j]] = [ids[j] as string, ids[index] as string];
    const ack = await tracked('activity:command', {
      activityId,
      name: 'reorderThemes',
      payload: { themeIds: ids },
    });
    if (!ack.ok) mv.say(t(errorKey(ack.error.code)));
  };
  const remove = async (themeId: string) => {
    const ack = await tracked('activity:command', { activityId, name: 'deleteTheme', payload: { themeId } });
    if (!ack.ok) return mv.say(t(errorKey(ack.error.code)));
    const n = (ack.data as { returned: number }).returned;
    // The column and its buttons are gone: focus goes to where its cards went.
    document.getElementById(columnId(null))?.focus();
    mv.say(staff('admin.deleted', { n }));
  };

  // A drag ends like the select: the same command, the same words, focus on the card after.
  const drop = (cardId: string, themeId: string | null) => {
    const name = themeId === null ? ungrouped : (view.themes.find((x) => x.id === themeId)?.name ?? '');
    void mv.move(cardId, themeId, s('moved', { theme: name }));
  };

  const headingId = `ideas-board-${activityId}`;
  const message = m.error ? t(errorKey(m.error)) : mv.error ? t(errorKey(mv.error)) : m.said || mv.said;
  return (
    <section aria-labelledby={headingId} className="stack ideas-board-wrap">
      <h3 id={headingId}>{staff('admin.board')}</h3>
      <NewThemeForm activityId={activityId} themeCount={view.themes.length} />
      <p className="form-feedback" role="status">
        {message}
      </p>
      <BoardDnd onDrop={drop} textOf={(id) => view.cards.find((c) => c.id === id)?.text ?? ''}>
        <div className="ideas-board">
          {groups.map((g) => {
            const index = view.themes.findIndex((x) => x.id === g.id);
            const theme = view.themes[index];
            const from = sectorsOf(
              g.id === null ? results?.ungrouped : results?.themes.find((x) => x.id === g.id),
            );
            return (
              <DropColumn
                key={g.id ?? ''}
                themeId={g.id}
                className="ideas-column"
                aria-labelledby={columnId(g.id)}
              >
                <div className="ideas-group-head">
                  <h4 id={columnId(g.id)} tabIndex={-1}>
                    {g.name}
                  </h4>
                  <span className="ideas-count">{plural(s, g.cards.length, 'countOne', 'count')}</span>
                </div>
                {from && <p className="hint">{staff('admin.sectors', { sectors: from })}</p>}
                {theme && (
                  <div className="ideas-theme-tools">
                    <ThemeRename activityId={activityId} theme={theme} onRenamed={mv.say} />
                    {view.themes.length > 1 && (
                      <div className="button-row">
                        {index > 0 && (
                          <button
                            type="button"
                            className="button small"
                            aria-label={`${staff('admin.earlier')}: ${theme.name}`}
                            onClick={() => void reorder(index, -1)}
                          >
                            ←
                          </button>
                        )}
                        {index < view.themes.length - 1 && (
                          <button
                            type="button"
                            className="button small"
                            aria-label={`${staff('admin.later')}: ${theme.name}`}
                            onClick={() => void reorder(index, 1)}
                          >
                            →
                          </button>
                        )}
                      </div>
                    )}
                    <ConfirmInPlace
                      small
                      label={staff('admin.deleteTheme')}
                      warning={staff('admin.deleteWarning', { name: theme.name })}
                      confirmLabel={staff('admin.deleteConfirm', { name: theme.name })}
                      cancelLabel={t('common.cancel')}
                      onConfirm={() => void remove(theme.id)}
                    />
                  </div>
                )}
                {g.cards.length === 0 && <p className="hint">{staff('admin.empty')}</p>}
                <ul className="ideas-cards">
                  {g.cards.map((card, i) => {
                    const textId = `${cardDomId(activityId, card.id)}-text`;
                    const next = g.cards[i + 1] ?? g.cards[i - 1];
                    return (
                      <li
                        key={card.id}
                        id={cardDomId(activityId, card.id)}
                        data-theme={card.themeId ?? ''}
                        tabIndex={-1}
                        className="ideas-card"
                      >
                        <div className="ideas-card-head">
                          <p id={textId} className="ideas-text">
                            {card.text}
                          </p>
                          <DragGrip cardId={card.id} themeId={card.themeId} />
                        </div>
                        <CardMeta card={card} sectorLabel={sectorLabel} />
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
                          <div className="button-row">
                            {card.themeId !== null && (
                              <button
                                type="button"
                                className="button small"
                                aria-describedby={textId}
                                onClick={() => void mv.move(card.id, null, s('moved', { theme: ungrouped }))}
                              >
                                {s('takeOut')}
                              </button>
                            )}
                            <button
                              type="button"
                              className="button small"
                              aria-describedby={textId}
                              onClick={() =>
                                void m.act(
                                  'hide',
                                  card.id,
                                  staff('admin.hiddenDone'),
                                  next ? cardDomId(activityId, next.id) : columnId(g.id),
                                )
                              }
                            >
                              {staff('admin.hide')}
                            </button>
                          </div>
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </DropColumn>
            );
          })}
        </div>
      </BoardDnd>
    </section>
  );
}
