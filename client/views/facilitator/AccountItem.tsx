import { useEffect, useRef, useState } from 'react';
import type { FacilitatorAccount } from '../../../shared/protocol/api.ts';
import { plural, useT } from '../../i18n/useT.ts';

interface Props {
  account: FacilitatorAccount;
  isMe: boolean;
  busy: boolean;
  onDelete: (account: FacilitatorAccount) => void;
}

/** One facilitator account; deleting it is confirmed once, in place. Your own cannot be deleted. */
export function AccountItem({ account, isMe, busy, onDelete }: Props) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  // The button that opened the question is gone; keep keyboard focus in the question.
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);

  const owns = plural(t, account.ownedWorkshops, 'accounts.ownsOne', 'accounts.owns');
  const facts = [
    account.email,
    account.isAdmin ? t('accounts.admin') : '',
    account.ownedWorkshops ? owns : '',
  ];
  return (
    <li>
      <span>
        <strong>{account.name}</strong> {isMe && t('team.you')}
      </span>
      <span className="workshop-meta">{facts.filter(Boolean).join(' · ')}</span>
      {!isMe && !asking && (
        <div className="button-row">
          <button type="button" className="button small" onClick={() => setAsking(true)}>
            {t('accounts.delete', { name: account.name })}
          </button>
        </div>
      )}
      {!isMe && asking && (
        <>
          <p className="warning-text">{t('accounts.deleteWarning', { email: account.email })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button small danger"
              disabled={busy}
              onClick={() => onDelete(account)}
            >
              {t('accounts.deleteConfirm')}
            </button>
            <button ref={cancel} type="button" className="button small" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
