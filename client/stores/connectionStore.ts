import { create } from 'zustand';
import type { ErrorCode } from '../../shared/protocol/errors.ts';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'failed';

/** Why the workshop stopped being live for this page: deleted (told by the server). */
export type Ended = 'deleted';

interface ConnectionStore {
  status: ConnectionStatus;
  /** Set when the server refused the connection for good (it will not retry). */
  error: ErrorCode | null;
  /**
   * Socket.IO still calls itself connected, but the server has not answered a heartbeat in time
   * (or the browser says it is offline): what the person sees is "Återansluter…", because
   * nothing they do now reaches the server. A lost network is otherwise noticed only after
   * Socket.IO's ping timeout, tens of seconds later.
   */
  stale: boolean;
  /** The workshop was deleted: the page stops acting live and says so. */
  ended: Ended | null;
  setStatus: (status: ConnectionStatus, error?: ErrorCode) => void;
  setStale: (stale: boolean) => void;
  setEnded: (ended: Ended) => void;
}

export const useConnectionStore = create<ConnectionStore>((set) => ({
  status: 'connecting',
  error: null,
  stale: false,
  ended: null,
  // A (re)connect proves the line works; the heartbeat says when it stops working again.
  setStatus: (status, error) => set({ status, error: error ?? null, stale: false }),
  setStale: (stale) => set((s) => (s.stale === stale ? s : { stale })),
  setEnded: (ended) => set({ ended }),
}));

/** What the status line says: a stale connection is one being re-established. */
export function shownStatus(s: Pick<ConnectionStore, 'status' | 'stale'>): ConnectionStatus {
  return s.status === 'connected' && s.stale ? 'reconnecting' : s.status;
}
