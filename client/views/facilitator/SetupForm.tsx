import { type FormEvent, useState } from 'react';
import { LIMITS } from '../../../shared/limits.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { TextField } from '../../components/TextField.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';
import { useAuthStore } from '../../stores/authStore.ts';

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
      <TextField
        id="setup-name"
        label={t('facilitator.name')}
        required
        autoComplete="name"
        maxLength={LIMITS.displayNameLength}
        value={form.name}
        onValue={field('name')}
      />
      <TextField
        id="setup-email"
        label={t('facilitator.email')}
        type="email"
        required
        autoComplete="username"
        maxLength={LIMITS.emailLength}
        value={form.email}
        onValue={field('email')}
      />
      <TextField
        id="setup-password"
        label={t('facilitator.password')}
        hint={t('facilitator.passwordHint', { n: LIMITS.passwordMinLength })}
        type="password"
        required
        autoComplete="new-password"
        minLength={LIMITS.passwordMinLength}
        maxLength={LIMITS.passwordMaxLength}
        value={form.password}
        onValue={field('password')}
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
