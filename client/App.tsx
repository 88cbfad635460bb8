import { lazy, Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { useT } from './i18n/useT.ts';
import { PartBoundary } from './views/PartBoundary.tsx';
import { JoinView } from './views/participant/JoinView.tsx';
import { StartView } from './views/participant/StartView.tsx';
import { useFocusOnNavigate } from './views/useFocusOnNavigate.ts';

// Only the start and join pages are in the first bundle: they are what a QR scan opens.
const LiveView = lazy(() =>
  import('./views/participant/LiveView.tsx').then((m) => ({ default: m.LiveView })),
);
const FacilitatorApp = lazy(() =>
  import('./views/facilitator/FacilitatorApp.tsx').then((m) => ({ default: m.FacilitatorApp })),
);
const AccessibilityStatement = lazy(() =>
  import('./views/about/AccessibilityStatement.tsx').then((m) => ({ default: m.AccessibilityStatement })),
);
const ProjectorClaim = lazy(() =>
  import('./views/presenter/ProjectorClaim.tsx').then((m) => ({ default: m.ProjectorClaim })),
);
const ProjectorView = lazy(() =>
  import('./views/presenter/ProjectorView.tsx').then((m) => ({ default: m.ProjectorView })),
);

function Loading() {
  const t = useT();
  return (
    <main id="main" className="page narrow">
      <p role="status">{t('common.loading')}</p>
    </main>
  );
}

export function App() {
  const [location] = useLocation();
  useFocusOnNavigate(location);
  // The last resort, also for a chunk that fails to load; each view has its own boundaries inside.
  return (
    <PartBoundary resetKey={location}>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/">{() => <StartView />}</Route>
          <Route path="/tillganglighet">{() => <AccessibilityStatement />}</Route>
          <Route path="/j/:code">{(p) => <JoinView code={p.code} />}</Route>
          <Route path="/w/:workshopId">
            {(p) => <LiveView key={p.workshopId} workshopId={p.workshopId} />}
          </Route>
          <Route path="/projektor">{() => <ProjectorClaim />}</Route>
          <Route path="/f/w/:id/projector">{(p) => <ProjectorView key={p.id} workshopId={p.id} />}</Route>
          <Route path="/f" nest>
            {() => <FacilitatorApp />}
          </Route>
          <Route>{() => <StartView />}</Route>
        </Switch>
      </Suspense>
    </PartBoundary>
  );
}
