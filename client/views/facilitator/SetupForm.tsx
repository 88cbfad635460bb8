import { type FormEvent, useState } from 'react';
import { LIMITS } from '../../../shared/limits.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { TextField } from '../../components/TextField.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';
import { useAuthStore } from '../../stores/authStore.ts';
import { AccountFields } from './AccountFields.tsx';

export function SetupForm() {
  const t = useT();
  const setup = useAuthStore((s) => s.setup);
  const [form, setForm] = useState({ token: '', name: '', email: '', password: '' });
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(await setup(form));
    setBusy(false);
  };

  return (
    <form onSubmit={onSubmit} className="stack">
      <h1>{t('facilitator.setupHeading')}</h1>
      <p>{t('facilitator.setupIntro')}</p>
      <TextField
        id="setup-token"
        label={t('facilitator.token')}
        required
        autoComplete="off"
        value={form.token}
        onValue={field('token')}
      />
      <AccountFields
        idPrefix="setup"
        values={form}
        onField={field}
        passwordLabel={t('facilitator.password')}
        passwordHint={t('facilitator.passwordHint', { n: LIMITS.passwordMinLength })}
        own
      />
      <p className="error" role="alert">
        {error ? t(errorKey(error)) : ''}
      </p>
      <button type="submit" className="button primary" disabled={busy}>
        {t('facilitator.createAccount')}
      </button>
    </form>
  );
}
