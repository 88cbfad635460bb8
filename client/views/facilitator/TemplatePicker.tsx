import type { TemplateSummary } from '../../../shared/protocol/templates.ts';
import { activityLabel } from '../../activities/index.ts';
import { useT } from '../../i18n/useT.ts';

interface Props {
  templates: readonly TemplateSummary[];
  /** '' for a blank workshop (the default agenda). */
  value: string;
  onChange: (templateId: string) => void;
}

/**
 * What a new workshop starts from: blank, a built-in template or a saved one. The chosen
 * template's steps are listed, and steps this release has no type for are said to be left out.
 */
export function TemplatePicker({ templates, value, onChange }: Props) {
  const t = useT();
  const chosen = templates.find((x) => x.id === value) ?? null;
  const builtin = templates.filter((x) => x.builtin);
  const saved = templates.filter((x) => !x.builtin);
  const stepName = (s: TemplateSummary['steps'][number]) =>
    s.available ? activityLabel(t, s) : s.title || s.type;
  const missing = chosen?.steps.filter((s) => !s.available) ?? [];
  return (
    <div className="field">
      <label htmlFor="create-template">{t('templates.startFrom')}</label>
      <select
        id="create-template"
        value={value}
        aria-describedby={chosen ? 'create-template-steps' : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('templates.blank')}</option>
        {builtin.length > 0 && (
          <optgroup label={t('templates.builtinGroup')}>
            {builtin.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </optgroup>
        )}
        {saved.length > 0 && (
          <optgroup label={t('templates.savedGroup')}>
            {saved.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      {chosen && (
        <div id="create-template-steps" className="hint stack template-steps">
          {chosen.description && <p>{chosen.description}</p>}
          <p>
            {t('templates.steps', {
              steps: chosen.steps
                .filter((s) => s.available)
                .map(stepName)
                .join(' → '),
            })}
          </p>
          {missing.length > 0 && (
            <p className="warning-text">
              {t('templates.missing', { steps: missing.map(stepName).join(', ') })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
