import { useEffect, useState } from 'react';
import type { JoinWarning as Warning } from '../../../shared/protocol/events.ts';
import { currentSocket } from '../../realtime/socket.ts';
import { useConnectionStore } from '../../stores/connectionStore.ts';
import { useJoinWarningS } from './joinWarningStrings.ts';

/**
 * "Anslutningarna ser ut att komma från ett skript": said when the server warns that joins look
 * scripted (`joins:warning`), in words and a status region, never by colour alone. Kept here
 * rather than in a store, so phones, which share the socket module, load none of it.
 */
export function JoinWarning() {
  const w = useJoinWarningS();
  const status = useConnectionStore((s) => s.status);
  const [warning, setWarning] = useState<Warning | null>(null);
  useEffect(() => {
    const socket = currentSocket();
    if (status !== 'connected' || !socket) return;
    socket.on('joins:warning', setWarning);
    return () => {
      socket.off('joins:warning', setWarning);
    };
  }, [status]);
  const time = warning
    ? new Date(warning.at).toLocaleTimeString(w('locale'), { hour: '2-digit', minute: '2-digit' })
    : '';
  return (
    <div role="status" className="join-warning-region">
      {warning && (
        <div className="panel join-warning" data-testid="join-warning">
          <p>
            <strong>{w('label')}</strong> {w(`reason.${warning.reason}`, { n: warning.count ?? 0, time })}
          </p>
          <p className="hint">{w('advice')}</p>
          <button type="button" className="button small" onClick={() => setWarning(null)}>
            {w('dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
