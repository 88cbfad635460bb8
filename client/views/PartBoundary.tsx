import type { ReactNode } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { useT } from '../i18n/useT.ts';

/** One broken part of a view shows a calm notice instead of blanking the whole page. */
export function PartBoundary({ children, resetKey }: { children: ReactNode; resetKey?: unknown }) {
  const t = useT();
  const labels = { message: t('common.partFailed'), retry: t('common.retry'), reload: t('common.reload') };
  return (
    <ErrorBoundary labels={labels} resetKey={resetKey}>
      {children}
    </ErrorBoundary>
  );
}
