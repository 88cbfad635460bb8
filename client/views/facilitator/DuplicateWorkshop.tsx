import { useState } from 'react';
import { useLocation } from 'wouter';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { duplicateWorkshop } from '../../api/templates.ts';
import { errorKey, useT } from '../../i18n/useT.ts';

/**
 * "Duplicera": a copy of the workshop's agenda and settings, with nothing people gave, opened in
 * its control room. Nothing is lost by it, so it needs no confirmation.
 */
export function DuplicateWorkshop({ workshopId, title }: { workshopId: string; title: string }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const duplicate = async () => {
    if (busy) return;
    setBusy(true);
    const res = await duplicateWorkshop(workshopId, t.lang);
    setBusy(false);
    if (res.ok) navigate(`/w/${res.data.workshop.id}`);
    else setError(res.error.code);
  };
  return (
    <>
      <button
        type="button"
        className="button small"
        aria-label={t('templates.duplicateLabel', { title })}
        aria-disabled={busy}
        onClick={() => void duplicate()}
      >
        {t('templates.duplicate')}
      </button>
      {error && <p role="alert">{t(errorKey(error))}</p>}
    </>
  );
}
