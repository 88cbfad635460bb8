import { type FormEvent, useState } from 'react';
import { LIMITS } from '../../../shared/limits.ts';
import type { FacilitatorAccount } from '../../../shared/protocol/api.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { createAccount } from '../../api/accounts.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { AccountFields, type AccountValues } from './AccountFields.tsx';

/** The admin makes an account with an initial password and hands it over themselves. */
export function CreateAccountForm({ onCreated }: { onCreated: (account: FacilitatorAccount) => void }) {
  const t = useT();
  const empty: AccountValues = { name: '', email: '', password: '' };
  const [form, setForm] = useState(empty);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const res = await createAccount(form);
    setBusy(false);
    if (!res.ok) return setError(res.error.code);
    onCreated(res.data);
    setStatus(t('accounts.created', { email: res.data.email }));
    setForm(empty);
  };

  return (
    <form onSubmit={onSubmit} className="stack">
      <AccountFields
        idPrefix="account"
        values={form}
        onField={field}
        passwordLabel={t('accounts.initialPassword')}
        passwordHint={t('accounts.passwordHint', { n: LIMITS.passwordMinLength })}
        own={false}
      />
      <p className="form-feedback" role="status">
        {status}
      </p>
      <p className="error" role="alert">
        {error ? t(errorKey(error)) : ''}
      </p>
      <button type="submit" className="button primary" disabled={busy}>
        {t('accounts.create')}
      </button>
    </form>
  );
}
