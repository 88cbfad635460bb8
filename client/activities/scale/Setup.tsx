import type { FormEvent } from 'react';
import type { ScaleResults } from '../../../shared/activities/scale/types.ts';
import { SCALE_LIMITS } from '../../../shared/activities/scale/types.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { SaveWithReset } from '../../components/SaveWithReset.tsx';
import { useActivityResults } from '../../stores/workshopStore.ts';
import type { SetupProps } from '../types.ts';
import { StatementFields } from './StatementFields.tsx';
import { useStaffS } from './staffStrings.ts';
import { useScaleSetup } from './useScaleSetup.ts';
import './scale.css';

/** The statements, the scale's words and "Vet inte". Opening is the generic `open` control. */
export default function ScaleSetup({ activity }: SetupProps) {
  const staff = useStaffS();
  const holdsAnswers = (useActivityResults<ScaleResults>(activity.id)?.respondents ?? 0) > 0;
  const setup = useScaleSetup(activity, holdsAnswers);
  const { draft, problems } = setup;
  const base = `scale-${activity.id}`;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!setup.changed) return;
    const first = setup.save();
    // The first field that needs fixing takes focus (WCAG 3.3.1).
    if (first) document.getElementById(`${base}-${first}`)?.focus();
  };
  const endError = (end: 'low' | 'high') =>
    problems[end] ? (end === 'low' ? staff('setup.lowEmpty') : staff('setup.highEmpty')) : '';
  return (
    <form onSubmit={onSubmit} className="stack scale-setup" noValidate>
      <div className="field">
        <label htmlFor={`${base}-prompt`}>{staff('setup.prompt')}</label>
        <textarea
          id={`${base}-prompt`}
          rows={2}
          value={draft.prompt}
          maxLength={LIMITS.promptLength}
          onChange={(e) => setup.setPrompt(e.target.value)}
        />
      </div>
      <StatementFields setup={setup} base={base} />
      <fieldset className="scale-setup-kind">
        <legend>{staff('setup.scale')}</legend>
        {(['agree', 'custom'] as const).map((kind) => (
          <label key={kind} className="check">
            <input
              type="radio"
              name={`${base}-kind`}
              checked={draft.labels.kind === kind}
              onChange={() => setup.setKind(kind)}
            />{' '}
            {staff(`setup.${kind}`)}
          </label>
        ))}
        {draft.labels.kind === 'custom' &&
          (['low', 'high'] as const).map((end) => {
            const id = `${base}-${end}`;
            const message = endError(end);
            return (
              <div key={end} className="field">
                <label htmlFor={id}>{staff(`setup.${end}`)}</label>
                <input
                  id={id}
                  value={draft.labels.kind === 'custom' ? draft.labels[end] : ''}
                  maxLength={SCALE_LIMITS.labelLength}
                  aria-invalid={message ? true : undefined}
                  aria-describedby={message ? `${id}-error` : undefined}
                  onChange={(e) => setup.setEnd(end, e.target.value)}
                />
                {message && (
                  <p id={`${id}-error`} className="error">
                    {message}
                  </p>
                )}
              </div>
            );
          })}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.allowSkip}
          onChange={(e) => setup.setAllowSkip(e.target.checked)}
        />{' '}
        {staff('setup.allowSkip')}
      </label>
      <SaveWithReset
        lock={setup.lock}
        changed={setup.changed}
        mustReset={setup.mustReset}
        onUndo={setup.undo}
        words={{
          save: staff('setup.save'),
          saved: staff('setup.saved'),
          undo: staff('setup.undo'),
          resetWarning: staff('setup.rulesReset'),
          resetConfirm: staff('setup.resetConfirm'),
        }}
      />
    </form>
  );
}
