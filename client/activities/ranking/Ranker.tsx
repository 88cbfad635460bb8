import { useLayoutEffect, useRef, useState } from 'react';
import type { RankingConfig } from '../../../shared/activities/ranking/types.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { textsOf } from './config.ts';
import { useS } from './strings.ts';
import { useRankingAnswer } from './useRankingAnswer.ts';

interface Props {
  activityId: string;
  config: RankingConfig;
}

type Dir = 'up' | 'down';

/**
 * The participant's order: a compact row per item with its place and two buttons, the required
 * path for every pointer, keyboard and screen reader (WCAG 2.5.7). After a move, focus stays on
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
      <ol className="ranking-list">
        {order.map((id, i) => {
          const text = texts.get(id) ?? '';
          const first = i === 0;
          const last = i === total - 1;
          return (
            <li key={id} className="ranking-row">
              <span className="ranking-place" aria-hidden="true">
                {i + 1}
              </span>
              <span className="ranking-text">
                <span className="visually-hidden">{s('place', { n: i + 1 })}: </span>
                {text}
              </span>
              <span className="ranking-moves">
                <button
                  ref={ref(`${id}:up`)}
                  type="button"
                  className="button ranking-move"
                  aria-label={s('up', { item: text })}
                  aria-disabled={first || undefined}
                  onClick={() => onMove(id, i, 'up')}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  ref={ref(`${id}:down`)}
                  type="button"
                  className="button ranking-move"
                  aria-label={s('down', { item: text })}
                  aria-disabled={last || undefined}
                  onClick={() => onMove(id, i, 'down')}
                >
                  <span aria-hidden="true">↓</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
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
