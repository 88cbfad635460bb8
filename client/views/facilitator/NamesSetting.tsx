import type { WorkshopSettings } from '../../../shared/domain/settings.ts';
import { ConfirmInPlace } from '../../components/ConfirmInPlace.tsx';
import { useT } from '../../i18n/useT.ts';

interface Props {
  names: WorkshopSettings['names'];
  busy: boolean;
  onChange: (names: WorkshopSettings['names']) => void;
}

/**
 * Names or full anonymity. Going anonymous erases the names given so far (they are gone, not
 * hidden), so it is confirmed in place; allowing names again needs no confirmation.
 */
export function NamesSetting({ names, busy, onChange }: Props) {
  const t = useT();
  return (
    <div className="stack settings-names">
      <h4>{t('workshopSettings.namesHeading')}</h4>
      <p data-testid="names-setting">
        {names === 'anonymous' ? t('workshopSettings.anonymousNow') : t('workshopSettings.shownNow')}
      </p>
      {names === 'anonymous' ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            aria-disabled={busy}
            onClick={() => !busy && onChange('shown')}
          >
            {t('workshopSettings.showNames')}
          </button>
        </div>
      ) : (
        <ConfirmInPlace
          label={t('workshopSettings.makeAnonymous')}
          warning={t('workshopSettings.anonymousWarning')}
          confirmLabel={t('workshopSettings.anonymousConfirm')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => onChange('anonymous')}
        />
      )}
    </div>
  );
}
