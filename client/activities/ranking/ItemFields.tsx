import { RANKING_LIMITS } from '../../../shared/activities/ranking/types.ts';
import { useStaffS } from './staffStrings.ts';
import type { RankingSetupForm } from './useRankingSetup.ts';

interface Props {
  form: RankingSetupForm;
  /** Prefix of the fields' ids: an item's field is `${base}-${itemId}`. */
  base: string;
}

/** The items to rank: each a field with move and remove buttons (no dragging needed), one to add. */
export function ItemFields({ form, base }: Props) {
  const staff = useStaffS();
  const list = form.draft.items;
  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  return (
    <fieldset id={`${base}-items`} className="ranking-setup-items">
      <legend>{staff('setup.items')}</legend>
      <ol className="ranking-setup-list">
        {list.map((item, i) => {
          const id = `${base}-${item.id}`;
          const n = i + 1;
          const invalid = form.empty.includes(item.id);
          return (
            <li key={item.id} className="ranking-setup-item">
              <label htmlFor={id}>{staff('setup.item', { n })}</label>
              <textarea
                id={id}
                rows={2}
                value={item.text}
                maxLength={RANKING_LIMITS.itemLength}
                aria-invalid={invalid || undefined}
                aria-describedby={invalid ? `${id}-error` : undefined}
                onChange={(e) => form.setText(item.id, e.target.value)}
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
                  aria-label={staff('setup.up', { n })}
                  aria-disabled={i === 0 || undefined}
                  onClick={() => i > 0 && form.move(i, i - 1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={staff('setup.down', { n })}
                  aria-disabled={i === list.length - 1 || undefined}
                  onClick={() => i < list.length - 1 && form.move(i, i + 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  className="button"
                  aria-disabled={!form.canRemove || undefined}
                  onClick={() => {
                    if (!form.canRemove) return;
                    form.remove(item.id);
                    // The button goes with its item: focus the neighbour's field instead.
                    const next = list[i + 1] ?? list[i - 1];
                    if (next) focusLater(`${base}-${next.id}`);
                  }}
                >
                  {staff('setup.remove', { n })}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {form.tooFew && <p className="error">{staff('setup.tooFew', { n: RANKING_LIMITS.itemsMin })}</p>}
      {form.canAdd ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            form.add();
            // The new item's field is the last one once rendered.
            requestAnimationFrame(() => {
              const fields = document.querySelectorAll<HTMLTextAreaElement>(
                `#${CSS.escape(base)}-items textarea`,
              );
              fields[fields.length - 1]?.focus();
            });
          }}
        >
          {staff('setup.add')}
        </button>
      ) : (
        <p className="hint">{staff('setup.max', { n: RANKING_LIMITS.itemsMax })}</p>
      )}
    </fieldset>
  );
}
