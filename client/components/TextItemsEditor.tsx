import { useRef } from 'react';

export interface TextItem {
  id: string;
  text: string;
}

export interface TextItemsWords {
  legend: string;
  /** The n-th field's label ("Påstående 3"). */
  item: (n: number) => string;
  up: (n: number) => string;
  down: (n: number) => string;
  remove: (n: number) => string;
  add: string;
  /** Said instead of the add button once the list is full. */
  full: string;
}

interface Props {
  items: readonly TextItem[];
  words: TextItemsWords;
  /** Prefix of the fields' ids: an item's field is `${base}-${item.id}`. */
  base: string;
  maxLength: number;
  canAdd: boolean;
  /** Fewest items the list may have (its remove buttons say so by being aria-disabled). */
  min?: number;
  /** The item's own error, said under its field and tied to it; null when it has none. */
  errorOf: (id: string) => string | null;
  onText: (id: string, text: string) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (id: string) => void;
  onAdd: () => void;
}

/**
 * A setup form's list of short texts (statements, items, options): each a field with move and
 * remove buttons, and a button to add one — no dragging needed (WCAG 2.5.7). Buttons that cannot
 * act are aria-disabled, so focus never falls to the page; a removed item's neighbour and a new
 * item's field take focus.
 */
export function TextItemsEditor(props: Props) {
  const { items, words, base, maxLength, canAdd, min = 1, errorOf } = props;
  const listRef = useRef<HTMLOListElement>(null);
  const focusLater = (find: () => HTMLElement | null | undefined) =>
    requestAnimationFrame(() => find()?.focus());
  return (
    <fieldset className="text-items">
      <legend>{words.legend}</legend>
      <ol ref={listRef} className="text-items-list">
        {items.map((item, i) => {
          const id = `${base}-${item.id}`;
          const n = i + 1;
          const error = errorOf(item.id);
          return (
            <li key={item.id} className="text-items-item">
              <label htmlFor={id}>{words.item(n)}</label>
              <textarea
                id={id}
                rows={2}
                value={item.text}
                maxLength={maxLength}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(e) => props.onText(item.id, e.target.value)}
              />
              {error && (
                <p id={`${id}-error`} className="error">
                  {error}
                </p>
              )}
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  aria-label={words.up(n)}
                  aria-disabled={i === 0}
                  onClick={() => i > 0 && props.onMove(i, i - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={words.down(n)}
                  aria-disabled={i === items.length - 1}
                  onClick={() => i < items.length - 1 && props.onMove(i, i + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button"
                  aria-disabled={items.length <= min}
                  onClick={() => {
                    if (items.length <= min) return;
                    props.onRemove(item.id);
                    // The button goes with its item: its neighbour's field takes focus instead.
                    const next = items[i + 1] ?? items[i - 1];
                    if (next) focusLater(() => document.getElementById(`${base}-${next.id}`));
                  }}
                >
                  {words.remove(n)}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {canAdd ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            props.onAdd();
            // The new item's field is the last one once rendered.
            focusLater(() => {
              const fields = listRef.current?.querySelectorAll('textarea');
              return fields?.[fields.length - 1];
            });
          }}
        >
          {words.add}
        </button>
      ) : (
        <p className="hint">{words.full}</p>
      )}
    </fieldset>
  );
}
