import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { fetchPreview } from '../../api/join.ts';
import { SiteFooter } from '../../components/SiteFooter.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';
import { groupCode, JOIN_CODE_LENGTH, normaliseCode } from '../../joinCode.ts';
import { Header } from '../Header.tsx';
import { usePageTitle } from '../usePageTitle.ts';

export function StartView() {
  const t = useT();
  usePageTitle(t('start.heading'));
  const [, navigate] = useLocation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<ErrorCode | 'SHORT' | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (code.length !== JOIN_CODE_LENGTH) return setError('SHORT');
    setBusy(true);
    const res = await fetchPreview(code);
    setBusy(false);
    if (res.ok) navigate(`/j/${code}`);
    else setError(res.status === 404 ? 'INVALID_CODE' : res.error.code);
  };

  return (
    <>
      <Header />
      <main id="main" className="page narrow">
        <h1>{t('start.heading')}</h1>
        <p>{t('start.intro')}</p>
        <form onSubmit={onSubmit} noValidate className="stack">
          <div className="field">
            <label htmlFor="join-code">{t('start.codeLabel')}</label>
            <input
              id="join-code"
              className="code-input"
              value={groupCode(code)}
              onChange={(e) => {
                setCode(normaliseCode(e.target.value));
                setError(null);
              }}
              autoComplete="off"
              autoCapitalize="characters"
              autoCorrect="off"
              spellCheck={false}
              aria-describedby="join-code-hint join-code-error"
              aria-invalid={error !== null}
            />
            <p id="join-code-hint" className="hint">
              {t('start.codeHint')}
            </p>
            <p id="join-code-error" className="error" role="alert">
              {error === 'SHORT' ? t('start.tooShort') : error ? t(errorKey(error)) : ''}
            </p>
          </div>
          <button type="submit" className="button primary big" aria-disabled={busy || undefined}>
            {busy ? t('common.loading') : t('start.submit')}
          </button>
        </form>
      </main>
      <SiteFooter />
    </>
  );
}
