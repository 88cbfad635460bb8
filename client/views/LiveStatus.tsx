import { useEffect, useState } from 'react';
import { StatusBar } from '../components/StatusBar.tsx';
import { errorKey, useT } from '../i18n/useT.ts';
import { shownStatus, useConnectionStore } from '../stores/connectionStore.ts';
import { saveStateAt, useSaveStore } from '../stores/saveStore.ts';
import { textsReconnecting, useYjsStore } from '../stores/yjsStore.ts';
import { useWorkshopEnded } from './useWorkshopEnded.ts';

/** A clock that ticks only while `on`: what is waiting turns overdue without any event. */
function useNow(on: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!on) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [on]);
  return now;
}

/** Connection and save state, wired to their stores; or, once the workshop is gone, only that. */
export function LiveStatus() {
  const t = useT();
  const socketStatus = useConnectionStore(shownStatus);
  // The texts travel over their own WebSocket (y-websocket): a drop there is a reconnect too.
  const textsDown = useYjsStore(textsReconnecting);
  const connection = socketStatus === 'connected' && textsDown ? 'reconnecting' : socketStatus;
  const connError = useConnectionStore((s) => s.error);
  const ended = useWorkshopEnded();
  const saves = useSaveStore();
  const waiting = saves.pending > 0 || saves.textUnsaved;
  const now = useNow(waiting);
  const save = saveStateAt(saves, now, connection !== 'connected');
  const error = save === 'failed' ? saves.error : connection === 'failed' ? connError : null;
  return (
    <StatusBar
      connection={connection}
      save={save}
      error={error ? t(errorKey(error)) : null}
      ended={ended ? { title: t(`status.${ended}`), hint: t('status.endedHint') } : null}
      labels={{
        label: t('status.label'),
        connecting: t('status.connecting'),
        connected: t('status.connected'),
        reconnecting: t('status.reconnecting'),
        failed: t('status.failed'),
        saving: t('status.saving'),
        saved: t('status.saved'),
        overdue: t('status.overdue'),
      }}
    />
  );
}
