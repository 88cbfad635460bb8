import { MATRIX_LIMITS } from '../../../shared/activities/matrix/types.ts';
import { useStaffS } from './staffStrings.ts';
import type { MatrixSetup } from './useMatrixSetup.ts';

interface Props {
  setup: MatrixSetup;
  /** Prefix of the fields' ids: an item's field is `${base}-${itemId}`. */
  base: string;
}

/** The items to place: each a field with move and remove buttons, and a button to add one. */
export function ItemFields({ setup, base }: Props) {
  const staff = useStaffS();
  const list = setup.draft.items;
  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  return (
    <fieldset className="matrix-setup-items">
      <legend>{staff('setup.items')}</legend>
      <ol className="matrix-setup-list">
        {list.map((s, i) => {
          const id = `${base}-${s.id}`;
          const invalid = setup.problems[s.id] !== undefined;
          return (
            <li key={s.id} className="matrix-setup-item">
              <label htmlFor={id}>{staff('setup.itemN', { n: i + 1 })}</label>
              <textarea
                id={id}
                rows={2}
                value={s.text}
                maxLength={MATRIX_LIMITS.itemLength}
                aria-invalid={invalid ? true : undefined}
                aria-describedby={invalid ? `${id}-error` : undefined}
                onChange={(e) => setup.setText(s.id, e.target.value)}
              />
              {invalid && (
                <p id={`${id}-error`} className="error">
                  {staff('setup.empty')}
                </p>
              )}
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  aria-label={staff('setup.up', { n: i + 1 })}
                  aria-disabled={i === 0}
                  onClick={() => i > 0 && setup.move(i, i - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={staff('setup.down', { n: i + 1 })}
                  aria-disabled={i === list.length - 1}
                  onClick={() => i < list.length - 1 && setup.move(i, i + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button"
                  aria-disabled={list.length <= 1}
                  onClick={() => {
                    if (list.length <= 1) return;
                    setup.remove(s.id);
                    // The button goes with its item: focus the neighbour's field instead.
                    const next = list[i + 1] ?? list[i - 1];
                    if (next) focusLater(`${base}-${next.id}`);
                  }}
                >
                  {staff('setup.remove', { n: i + 1 })}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {setup.canAdd ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            setup.add();
            // The new item's field is the last one once rendered.
            requestAnimationFrame(() => {
              const fields = document.querySelectorAll<HTMLTextAreaElement>('.matrix-setup-list textarea');
              fields[fields.length - 1]?.focus();
            });
          }}
        >
          {staff('setup.add')}
        </button>
      ) : (
        <p className="hint">{staff('setup.max', { n: MATRIX_LIMITS.items })}</p>
      )}
    </fieldset>
  );
}
