import type { FacilitatorAccount } from '../../../shared/protocol/api.ts';
import { ConfirmInPlace } from '../../components/ConfirmInPlace.tsx';
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
      {!isMe && (
        <ConfirmInPlace
          small
          label={t('accounts.delete', { name: account.name })}
          warning={t('accounts.deleteWarning', { email: account.email })}
          confirmLabel={t('accounts.deleteConfirm')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => onDelete(account)}
        />
      )}
    </li>
  );
}
