import { StatusBar } from '../components/StatusBar.tsx';
import { errorKey, useT } from '../i18n/useT.ts';
import { useConnectionStore } from '../stores/connectionStore.ts';
import { selectSaveState, useSaveStore } from '../stores/saveStore.ts';

/** Connection and save state, wired to their stores. */
export function LiveStatus() {
  const t = useT();
  const connection = useConnectionStore((s) => s.status);
  const connError = useConnectionStore((s) => s.error);
  const save = useSaveStore(selectSaveState);
  const saveError = useSaveStore((s) => s.error);
  const error = saveError ?? connError;
  return (
    <StatusBar
      connection={connection}
      save={save}
      error={error ? t(errorKey(error)) : null}
      labels={{
        label: t('status.label'),
        connecting: t('status.connecting'),
        connected: t('status.connected'),
        reconnecting: t('status.reconnecting'),
        failed: t('status.failed'),
        saving: t('status.saving'),
        saved: t('status.saved'),
      }}
    />
  );
}
