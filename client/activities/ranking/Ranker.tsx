import { closestCenter, DndContext, type DragEndEvent, type Modifier } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useLayoutEffect, useRef, useState } from 'react';
import type { RankingConfig } from '../../../shared/activities/ranking/types.ts';
import { QUIET_DRAG, usePointerDrag } from '../../components/dragging.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { textsOf } from './config.ts';
import { type Dir, RankerRow } from './RankerRow.tsx';
import { useS } from './strings.ts';
import { useRankingAnswer } from './useRankingAnswer.ts';

interface Props {
  activityId: string;
  config: RankingConfig;
}

/** Rows move up and down only. */
const VERTICAL_ONLY: Modifier[] = [({ transform }) => ({ ...transform, x: 0 })];

/**
 * The participant's order: a compact row per item with its place and two buttons, the required
 * path for every pointer, keyboard and screen reader (WCAG 2.5.7); a mouse or finger may also
 * drag an item by its place number. After a move, focus stays on
 * the moved item's same button, or its other one once it reaches the top or bottom, and the new
 * place is said in a polite live region. Saving is one button, its state always in words.
 */
export function Ranker({ activityId, config }: Props) {
  const t = useT();
  const s = useS();
  const { order, state, error, move, save } = useRankingAnswer(activityId, config);
  const [said, setSaid] = useState('');
  const [focusAfter, setFocusAfter] = useState<{ id: string; dir: Dir } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const texts = textsOf(config);
  const total = order.length;

  useLayoutEffect(() => {
    if (!focusAfter) return;
    const { id, dir } = focusAfter;
    const at = order.indexOf(id);
    const blocked = dir === 'up' ? at === 0 : at === total - 1;
    const other: Dir = dir === 'up' ? 'down' : 'up';
    buttons.current.get(`${id}:${blocked ? other : dir}`)?.focus();
    setFocusAfter(null);
  }, [focusAfter, order, total]);

  const onMove = (id: string, at: number, dir: Dir) => {
    const to = dir === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= total) return;
    move(at, dir === 'up' ? -1 : 1);
    setFocusAfter({ id, dir });
    setSaid(s('moved', { item: texts.get(id) ?? '', n: to + 1, total }));
  };
  const sensors = usePointerDrag();
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = order.indexOf(String(active.id));
    const to = order.indexOf(String(over.id));
    if (from < 0 || to < 0) return;
    move(from, to - from);
    setSaid(s('moved', { item: texts.get(String(active.id)) ?? '', n: to + 1, total }));
  };
  const onSave = () => {
    if (state === 'saving') return;
    setSaid('');
    save();
  };
  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  const status = state === 'saved' ? s('saved') : state === 'saving' ? s('saving') : s('notSaved');
  const hint = error
    ? t(errorKey(error))
    : state === 'saved'
      ? s('savedHint')
      : state === 'changed'
        ? s('changed')
        : state === 'unsaved'
          ? s('notSavedHint')
          : '';
  return (
    <div className="stack ranking-ranker">
      <p>{s('intro')}</p>
      {/* dnd-kit's hidden helpers sit beside the list, never inside it (an <ol> holds <li>s only). */}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        modifiers={VERTICAL_ONLY}
        accessibility={QUIET_DRAG}
        onDragEnd={onDragEnd}
      >
        <SortableContext items={order} strategy={verticalListSortingStrategy}>
          <ol className="ranking-list">
            {order.map((id, i) => (
              <RankerRow
                key={id}
                id={id}
                text={texts.get(id) ?? ''}
                index={i}
                total={total}
                onMove={(dir) => onMove(id, i, dir)}
                buttonRef={ref}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <div className={`ranking-savebar ranking-${state}`}>
        <p className="ranking-state">
          <strong>{status}</strong> <span className={error ? 'error' : undefined}>{hint}</span>
        </p>
        <button
          type="button"
          className="button primary big"
          aria-disabled={state === 'saving' || undefined}
          onClick={onSave}
        >
          {s('save')}
        </button>
      </div>
      {/* One polite region: where an item went, then what became of a save. */}
      <p className="visually-hidden" role="status">
        {said || (state === 'saved' ? s('saved') : error ? t(errorKey(error)) : '')}
      </p>
    </div>
  );
}
