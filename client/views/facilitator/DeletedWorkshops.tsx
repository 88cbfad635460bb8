import { useEffect, useRef, useState } from 'react';
import type { DeletedWorkshop } from '../../../shared/protocol/api.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { fetchDeleted, purgeWorkshop, restoreWorkshop } from '../../api/deletions.ts';
import { ConfirmInPlace } from '../../components/ConfirmInPlace.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';

/**
 * The owner's deleted workshops: each can be restored until the date it is purged, or deleted
 * for good now. Shown only when there is one, so most facilitators never see the section.
 */
export function DeletedWorkshops({ onRestored }: { onRestored: () => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [list, setList] = useState<DeletedWorkshop[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  useEffect(() => {
    void fetchDeleted().then((res) => setList(res.ok ? res.data : []));
  }, []);

  const done = (w: DeletedWorkshop, message: string) => {
    setList((l) => l.filter((x) => x.id !== w.id));
    setStatus(message);
    // The row that held focus is gone: keyboard focus goes back to the section's heading.
    heading.current?.focus();
  };
  const restore = async (w: DeletedWorkshop) => {
    setError(null);
    const res = await restoreWorkshop(w.id);
    if (!res.ok) return setError(res.error.code);
    done(w, t('deletedWorkshops.restored', { title: w.title }));
    onRestored();
  };
  const purge = async (w: DeletedWorkshop) => {
    setError(null);
    const res = await purgeWorkshop(w.id);
    if (!res.ok) return setError(res.error.code);
    done(w, t('deletedWorkshops.purged', { title: w.title }));
  };

  if (list.length === 0 && !status && !error) return null;
  return (
    <section aria-labelledby="deleted-heading">
      <h2 id="deleted-heading" ref={heading} tabIndex={-1}>
        {t('deletedWorkshops.heading')}
      </h2>
      {list.length > 0 && <p>{t('deletedWorkshops.intro')}</p>}
      <ul className="workshop-list">
        {list.map((w) => (
          <li key={w.id}>
            <span className="workshop-link">{w.title}</span>
            <span className="workshop-meta">
              {w.date} · {t('deletedWorkshops.purgeAt')}{' '}
              <time dateTime={w.purgeAt}>{w.purgeAt.slice(0, 10)}</time>
            </span>
            <div className="button-row">
              <button
                type="button"
                className="button small"
                aria-label={t('deletedWorkshops.restoreLabel', { title: w.title })}
                onClick={() => void restore(w)}
              >
                {t('deletedWorkshops.restore')}
              </button>
            </div>
            <ConfirmInPlace
              small
              label={t('deletedWorkshops.purge')}
              ariaLabel={t('deletedWorkshops.purgeLabel', { title: w.title })}
              warning={t('deletedWorkshops.purgeWarning', { title: w.title })}
              confirmLabel={t('deletedWorkshops.purge')}
              cancelLabel={t('common.cancel')}
              onConfirm={() => void purge(w)}
            />
          </li>
        ))}
      </ul>
      <p className="form-feedback" role="status">
        {status}
      </p>
      {error && <p role="alert">{t(errorKey(error))}</p>}
    </section>
  );
}
