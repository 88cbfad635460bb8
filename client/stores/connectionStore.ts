import { create } from 'zustand';
import type { ErrorCode } from '../../shared/protocol/errors.ts';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'failed';

interface ConnectionStore {
  status: ConnectionStatus;
  /** Set when the server refused the connection for good (it will not retry). */
  error: ErrorCode | null;
  setStatus: (status: ConnectionStatus, error?: ErrorCode) => void;
}

export const useConnectionStore = create<ConnectionStore>((set) => ({
  status: 'connecting',
  error: null,
  setStatus: (status, error) => set({ status, error: error ?? null }),
}));
