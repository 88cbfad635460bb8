import { POLL_LIMITS } from '../../../shared/activities/poll/limits.ts';
import { useStaffS } from './staffStrings.ts';
import type { PollForm } from './usePollForm.ts';

interface Props {
  form: PollForm;
  idPrefix: string;
}

/** The options in order: a field each, buttons to move and remove (no dragging needed), one to add. */
export function OptionsEditor({ form: f, idPrefix }: Props) {
  const staff = useStaffS();
  const legendId = `${idPrefix}-options`;
  return (
    <fieldset className="poll-options-editor">
      <legend id={legendId}>{staff('setup.options')}</legend>
      <ol className="admin-list">
        {f.options.map((o, i) => {
          const n = i + 1;
          const fieldId = `${idPrefix}-opt-${o.id}`;
          const invalid = f.emptyOptions.includes(i);
          return (
            <li key={o.id} className="poll-option-edit">
              <div className="field">
                <label htmlFor={fieldId}>{staff('setup.option', { n })}</label>
                <input
                  id={fieldId}
                  value={o.text}
                  maxLength={POLL_LIMITS.optionLength}
                  aria-invalid={invalid}
                  {...(invalid ? { 'aria-describedby': `${fieldId}-error` } : {})}
                  onChange={(e) => f.setOption(i, e.target.value)}
                />
                {invalid && (
                  <p id={`${fieldId}-error`} className="error">
                    {staff('setup.optionEmpty')}
                  </p>
                )}
              </div>
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  aria-label={staff('setup.up', { n })}
                  aria-disabled={i === 0 || undefined}
                  onClick={() => f.move(i, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={staff('setup.down', { n })}
                  aria-disabled={i === f.options.length - 1 || undefined}
                  onClick={() => f.move(i, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={staff('setup.remove', { n })}
                  aria-disabled={!f.canRemove || undefined}
                  onClick={() => f.canRemove && f.remove(i)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {f.tooFew && <p className="error">{staff('setup.tooFew', { n: POLL_LIMITS.optionsMin })}</p>}
      {f.canAdd && (
        <button type="button" className="button" onClick={f.add}>
          {staff('setup.add')}
        </button>
      )}
    </fieldset>
  );
}
