import { Link } from 'wouter';
import { useT } from '../../i18n/useT.ts';

interface Props {
  workshopId: string;
  onChangeDetails: () => void;
  busy: boolean;
}

/**
 * A rescanned QR code in a browser that has joined already: one tap back into the workshop, as
 * the same participant, or a way to change the sector and details given before.
 */
export function AlreadyJoined({ workshopId, onChangeDetails, busy }: Props) {
  const t = useT();
  return (
    <div className="stack">
      <p className="notice">{t('join.alreadyJoined')}</p>
      <Link href={`/w/${encodeURIComponent(workshopId)}`} className="button primary big">
        {t('join.continue')}
      </Link>
      <button
        type="button"
        className="button big"
        onClick={busy ? undefined : onChangeDetails}
        aria-disabled={busy || undefined}
      >
        {busy ? t('common.loading') : t('join.changeDetails')}
      </button>
    </div>
  );
}
