import { useEffect } from 'react';
import type { Role } from '../../shared/protocol/events.ts';
import { connectWorkshop } from '../realtime/socket.ts';
import { openTexts } from '../realtime/yjs.ts';

/** Keeps the Socket.IO state and the Yjs texts open while the view is mounted. */
export function useLiveWorkshop(workshopId: string | null, role: Role): void {
  useEffect(() => {
    if (!workshopId) return;
    const closeSocket = connectWorkshop(workshopId, role);
    const closeTexts = openTexts(workshopId);
    return () => {
      closeTexts();
      closeSocket();
    };
  }, [workshopId, role]);
}
