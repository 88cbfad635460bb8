import { useEffect } from 'react';
import type { Role } from '../../shared/protocol/events.ts';
import { connectWorkshop } from '../realtime/socket.ts';

/**
 * Keeps the workshop's Socket.IO state open while the view is mounted. Texts are per activity:
 * each view opens the documents it shows (`useOpenTexts`), so a phone loads only what is on it.
 */
export function useLiveWorkshop(workshopId: string | null, role: Role): void {
  useEffect(() => {
    if (!workshopId) return;
    return connectWorkshop(workshopId, role);
  }, [workshopId, role]);
}
