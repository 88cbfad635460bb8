import type { FormEvent } from 'react';
import {
  MATRIX_LIMITS,
  MATRIX_VARIANTS,
  type MatrixAxes,
  type MatrixResults,
  type MatrixVariant,
} from '../../../shared/activities/matrix/types.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { SaveWithReset } from '../../components/SaveWithReset.tsx';
import { useActivityResults } from '../../stores/workshopStore.ts';
import type { SetupProps } from '../types.ts';
import { ImportItems } from './ImportItems.tsx';
import { ItemFields } from './ItemFields.tsx';
import { useStaffS } from './staffStrings.ts';
import { useS } from './strings.ts';
import { type AxisField, useMatrixSetup } from './useMatrixSetup.ts';
import './matrix.css';

/** The kind of matrix (filling in its axes), the axes' words, the items, and items from a list. */
export default function MatrixSetup({ activity, agenda }: SetupProps) {
  const staff = useStaffS();
  const s = useS();
  const holdsAnswers = (useActivityResults<MatrixResults>(activity.id)?.respondents ?? 0) > 0;
  // A variant's axes in the facilitator's language: the risk matrix's ends are the scale's own words.
  const axesOf = (variant: MatrixVariant): MatrixAxes =>
    variant === 'risk'
      ? {
          x: { name: staff('axes.riskX'), low: staff('axes.riskXLow'), high: staff('axes.riskXHigh') },
          y: { name: staff('axes.riskY'), low: staff('axes.riskYLow'), high: staff('axes.riskYHigh') },
        }
      : {
          x: { name: staff('axes.gridX'), low: staff('axes.gridXLow'), high: staff('axes.gridXHigh') },
          y: { name: staff('axes.gridY'), low: staff('axes.gridYLow'), high: staff('axes.gridYHigh') },
        };
  const setup = useMatrixSetup(activity, holdsAnswers, axesOf);
  const { draft, problems } = setup;
  const base = `matrix-${activity.id}`;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!setup.changed) return;
    const first = setup.save();
    // The first field that needs fixing takes focus (WCAG 3.3.1).
    if (first) document.getElementById(`${base}-${first}`)?.focus();
  };
  const axisField = (field: AxisField, label: string, max: number) => {
    const id = `${base}-${field}`;
    const [axis, part] = field.split('-') as ['x' | 'y', 'name' | 'low' | 'high'];
    const invalid = problems[field] !== undefined;
    return (
      <div key={field} className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          value={draft.axes[axis][part]}
          maxLength={max}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(e) => setup.setAxis(field, e.target.value)}
        />
        {invalid && (
          <p id={`${id}-error`} className="error">
            {staff('setup.axisEmpty')}
          </p>
        )}
      </div>
    );
  };
  return (
    <form onSubmit={onSubmit} className="stack matrix-setup" noValidate>
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
      <fieldset>
        <legend>{staff('setup.variant')}</legend>
        <p className="hint">{staff('setup.variantFills')}</p>
        {MATRIX_VARIANTS.map((variant) => (
          <label key={variant} className="check matrix-variant">
            <input
              type="radio"
              name={`${base}-variant`}
              checked={draft.variant === variant}
              aria-describedby={`${base}-variant-${variant}`}
              onChange={() => setup.setVariant(variant)}
            />{' '}
            <span>
              <strong>{staff(`setup.${variant}`)}</strong>
              <br />
              <span id={`${base}-variant-${variant}`} className="hint">
                {staff(variant === 'risk' ? 'setup.riskHint' : 'setup.gridHint')}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="matrix-setup-axes">
        {(['x', 'y'] as const).map((axis) => (
          <fieldset key={axis}>
            <legend>{staff(axis === 'x' ? 'setup.xAxis' : 'setup.yAxis')}</legend>
            {axisField(`${axis}-name`, staff('setup.axisName'), MATRIX_LIMITS.axisNameLength)}
            {axisField(`${axis}-low`, staff('setup.low'), MATRIX_LIMITS.axisWordLength)}
            {axisField(`${axis}-high`, staff('setup.high'), MATRIX_LIMITS.axisWordLength)}
            {draft.variant === 'risk' && (
              <p className="hint">
                2–4: {s(`risk.${axis}2`)}, {s(`risk.${axis}3`)}, {s(`risk.${axis}4`)}
              </p>
            )}
          </fieldset>
        ))}
      </div>
      <ItemFields setup={setup} base={base} />
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
      <ImportItems activityId={activity.id} agenda={agenda} holdsAnswers={holdsAnswers} />
    </form>
  );
}
