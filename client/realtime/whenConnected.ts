import { useConnectionStore } from '../stores/connectionStore.ts';

/**
 * Resolves true once the connection is live again (connected, heartbeat answered), or false after
 * `timeoutMs` or when the workshop has ended: for a command worth sending again after a reconnect.
 */
export function whenConnected(timeoutMs: number): Promise<boolean> {
  const live = () => {
    const s = useConnectionStore.getState();
    return s.status === 'connected' && !s.stale;
  };
  if (live()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      stop();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    const stop = useConnectionStore.subscribe((s) => {
      if (s.ended) done(false);
      else if (s.status === 'failed') done(false);
      else if (live()) done(true);
    });
  });
}
