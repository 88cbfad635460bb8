import { Link, useRoute } from 'wouter';
import { useT } from '../../i18n/useT.ts';
import { useAuthStore } from '../../stores/authStore.ts';
import { Header } from '../Header.tsx';

export function FacilitatorHeader() {
  const t = useT();
  const facilitator = useAuthStore((s) => s.facilitator);
  const logout = useAuthStore((s) => s.logout);
  const [onAccounts] = useRoute('/konton');
  return (
    <Header>
      {facilitator && (
        <span className="signed-in">{t('facilitator.signedInAs', { name: facilitator.name })}</span>
      )}
      {facilitator?.isAdmin && (
        <Link href="/konton" className="button small" aria-current={onAccounts ? 'page' : undefined}>
          {t('facilitator.accounts')}
        </Link>
      )}
      <button type="button" className="button small" onClick={() => void logout()}>
        {t('facilitator.logout')}
      </button>
    </Header>
  );
}
