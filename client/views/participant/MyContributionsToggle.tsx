import { lazy, Suspense, useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import { PartBoundary } from '../PartBoundary.tsx';

// Its own chunk with its words: most phones never open it (the first download has a budget).
const MyContributions = lazy(() => import('./MyContributions.tsx'));

/** "Mina bidrag" below the live activity: opens the participant's own contributions in place. */
export function MyContributionsToggle() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <div className="my-contributions-toggle">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={open ? 'my-contributions' : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {t('live.myContributions')}
      </button>
      {open && (
        <PartBoundary>
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <MyContributions />
          </Suspense>
        </PartBoundary>
      )}
    </div>
  );
}
