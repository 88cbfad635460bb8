import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { FacilitatorAccount } from '../../../shared/protocol/api.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { deleteAccount, fetchAccounts } from '../../api/accounts.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { useAuthStore } from '../../stores/authStore.ts';
import { AccountItem } from './AccountItem.tsx';
import { CreateAccountForm } from './CreateAccountForm.tsx';
import { FacilitatorHeader } from './FacilitatorHeader.tsx';

/** The admin's page (under /f/konton): facilitator accounts, not their workshops. */
export function AccountsPage() {
  const t = useT();
  const myId = useAuthStore((s) => s.facilitator?.id);
  const [accounts, setAccounts] = useState<FacilitatorAccount[] | null>(null);
  const [loadError, setLoadError] = useState<ErrorCode | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const listHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void fetchAccounts().then((res) => (res.ok ? setAccounts(res.data) : setLoadError(res.error.code)));
  }, []);

  const onDelete = async (account: FacilitatorAccount) => {
    setBusy(true);
    setError(null);
    const res = await deleteAccount(account.id);
    setBusy(false);
    if (!res.ok) return setError(res.error.code);
    setAccounts((list) => list?.filter((a) => a.id !== account.id) ?? null);
    setStatus(t('accounts.deleted', { email: account.email }));
    // The row that held focus is gone: put keyboard focus back at the top of the list.
    listHeading.current?.focus();
  };

  return (
    <>
      <FacilitatorHeader />
      <main id="main" className="page dashboard">
        <Link href="/" className="back-link">
          ← {t('facilitator.backToList')}
        </Link>
        <h1>{t('accounts.heading')}</h1>
        <p>{t('accounts.intro')}</p>
        {loadError ? (
          <p className="notice" role="alert">
            {t(errorKey(loadError))}
          </p>
        ) : (
          <div className="dashboard-grid">
            <section aria-labelledby="accounts-heading">
              <h2 id="accounts-heading" ref={listHeading} tabIndex={-1}>
                {t('accounts.list')}
              </h2>
              {accounts === null && <p role="status">{t('common.loading')}</p>}
              <p className="form-feedback" role="status">
                {status}
              </p>
              <p className="error" role="alert">
                {error ? t(errorKey(error)) : ''}
              </p>
              {accounts && (
                <ul className="workshop-list">
                  {accounts.map((a) => (
                    <AccountItem
                      key={a.id}
                      account={a}
                      isMe={a.id === myId}
                      busy={busy}
                      onDelete={onDelete}
                    />
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="create-account-heading">
              <h2 id="create-account-heading">{t('accounts.createHeading')}</h2>
              <CreateAccountForm onCreated={(a) => setAccounts((list) => (list ? [...list, a] : [a]))} />
            </section>
          </div>
        )}
      </main>
    </>
  );
}
