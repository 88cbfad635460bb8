import { type FormEvent, useState } from 'react';
import { LIMITS } from '../../../shared/limits.ts';
import type { FacilitatorAccount } from '../../../shared/protocol/api.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { createAccount } from '../../api/accounts.ts';
import { TextField } from '../../components/TextField.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';

/** The admin makes an account with an initial password and hands it over themselves. */
export function CreateAccountForm({ onCreated }: { onCreated: (account: FacilitatorAccount) => void }) {
  const t = useT();
  const empty = { name: '', email: '', password: '' };
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
      <TextField
        id="account-name"
        label={t('facilitator.name')}
        required
        autoComplete="off"
        maxLength={LIMITS.displayNameLength}
        value={form.name}
        onValue={field('name')}
      />
      <TextField
        id="account-email"
        label={t('facilitator.email')}
        type="email"
        required
        autoComplete="off"
        maxLength={LIMITS.emailLength}
        value={form.email}
        onValue={field('email')}
      />
      <TextField
        id="account-password"
        label={t('accounts.initialPassword')}
        hint={t('accounts.passwordHint', { n: LIMITS.passwordMinLength })}
        type="password"
        required
        autoComplete="new-password"
        minLength={LIMITS.passwordMinLength}
        maxLength={LIMITS.passwordMaxLength}
        value={form.password}
        onValue={field('password')}
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
