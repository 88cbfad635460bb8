import { type FormEvent, useState } from 'react';
import { LIMITS } from '../../../shared/limits.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { TextField } from '../../components/TextField.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';
import { useAuthStore } from '../../stores/authStore.ts';

export function LoginForm() {
  const t = useT();
  const login = useAuthStore((s) => s.login);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(await login({ email, password }));
    setBusy(false);
  };

  return (
    <form onSubmit={onSubmit} className="stack">
      <h1>{t('facilitator.loginHeading')}</h1>
      <TextField
        id="login-email"
        label={t('facilitator.email')}
        type="email"
        autoComplete="username"
        required
        maxLength={LIMITS.emailLength}
        value={email}
        onValue={setEmail}
      />
      <TextField
        id="login-password"
        label={t('facilitator.password')}
        type="password"
        autoComplete="current-password"
        required
        maxLength={LIMITS.passwordMaxLength}
        value={password}
        onValue={setPassword}
      />
      <p className="error" role="alert">
        {error ? t(errorKey(error)) : ''}
      </p>
      <button type="submit" className="button primary" disabled={busy}>
        {t('facilitator.login')}
      </button>
    </form>
  );
}
