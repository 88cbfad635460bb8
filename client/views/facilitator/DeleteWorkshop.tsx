import { useState } from 'react';
import { useLocation } from 'wouter';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { api } from '../../api/http.ts';
import { ConfirmInPlace } from '../../components/ConfirmInPlace.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';

/**
 * Erasure is the facilitator's to decide (GDPR). Deleting hides the workshop at once and can be
 * undone from the start page until it is purged; it still asks once more in place, since it
 * disconnects everyone in the room — the one action in the control room that is confirmed.
 */
export function DeleteWorkshop({ workshopId }: { workshopId: string }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [error, setError] = useState<ErrorCode | null>(null);

  const erase = async () => {
    const res = await api<null>('DELETE', `/api/workshops/${encodeURIComponent(workshopId)}`);
    if (res.ok) navigate('/');
    else setError(res.error.code);
  };

  return (
    <section aria-labelledby="erase-heading" className="panel">
      <h3 id="erase-heading">{t('room.erase')}</h3>
      <ConfirmInPlace
        label={t('room.erase')}
        warning={t('room.eraseWarning')}
        confirmLabel={t('room.eraseConfirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => void erase()}
      />
      {error && <p role="alert">{t(errorKey(error))}</p>}
    </section>
  );
}
