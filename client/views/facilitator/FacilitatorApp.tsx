import { useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { registerStaffStrings } from '../../i18n/staff.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { useAuthStore } from '../../stores/authStore.ts';
import { Header } from '../Header.tsx';
import { AccountsPage } from './AccountsPage.tsx';
import { ControlRoom } from './ControlRoom.tsx';
import { Dashboard } from './Dashboard.tsx';
import { LoginForm } from './LoginForm.tsx';
import { SetupForm } from './SetupForm.tsx';
import './facilitator.css';

registerStaffStrings();

/** Everything under /f: decides between first-time setup, login and the signed-in views. */
export function FacilitatorApp() {
  const t = useT();
  const status = useAuthStore((s) => s.status);
  const error = useAuthStore((s) => s.error);
  const load = useAuthStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);

  if (status === 'ready') {
    return (
      <Switch>
        <Route path="/w/:id">{(p) => <ControlRoom key={p.id} workshopId={p.id} />}</Route>
        <Route path="/konton">{() => <AccountsPage />}</Route>
        <Route>{() => <Dashboard />}</Route>
      </Switch>
    );
  }
  return (
    <>
      <Header />
      <main id="main" className="page narrow">
        {status === 'setup' && <SetupForm />}
        {status === 'login' && <LoginForm />}
        {status === 'loading' && <p role="status">{t('common.loading')}</p>}
        {status === 'error' && (
          <>
            <h1>{t('facilitator.heading')}</h1>
            <p role="alert">{t(errorKey(error ?? 'INTERNAL'))}</p>
            <button type="button" className="button" onClick={() => void load()}>
              {t('common.retry')}
            </button>
          </>
        )}
      </main>
    </>
  );
}
