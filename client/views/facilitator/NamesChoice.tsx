import type { WorkshopSettings } from '../../../shared/domain/settings.ts';
import { useT } from '../../i18n/useT.ts';

type Names = WorkshopSettings['names'];

/** Names or full anonymity for a new workshop; anonymous is the default (the least data). */
export function NamesChoice({ value, onChange }: { value: Names; onChange: (names: Names) => void }) {
  const t = useT();
  const option = (names: Names, label: string) => (
    <label className="check">
      <input
        type="radio"
        name="create-names"
        value={names}
        checked={value === names}
        onChange={() => onChange(names)}
      />
      {label}
    </label>
  );
  return (
    <fieldset className="stack names-choice">
      <legend>{t('templates.names')}</legend>
      {option('anonymous', t('templates.namesAnonymous'))}
      {option('shown', t('templates.namesShown'))}
    </fieldset>
  );
}
