import { create } from 'zustand';
import type { ErrorCode } from '../../shared/protocol/errors.ts';

/**
 * One save indicator for everything a participant does (votes, new priorities, text edits),
 * so the screen answers a single question: has what I did reached the server?
 */
interface SaveStore {
  pending: number;
  /** Text edits not yet confirmed by the Yjs server. */
  textUnsaved: boolean;
  /** Something has been saved at least once, so "Sparat ✓" means something. */
  everSaved: boolean;
  error: ErrorCode | null;
  begin: () => void;
  end: (error: ErrorCode | null) => void;
  setTextUnsaved: (unsaved: boolean) => void;
  clearError: () => void;
}

export const useSaveStore = create<SaveStore>((set) => ({
  pending: 0,
  textUnsaved: false,
  everSaved: false,
  error: null,
  begin: () => set((s) => ({ pending: s.pending + 1, error: null })),
  end: (error) =>
    set((s) => ({ pending: Math.max(0, s.pending - 1), error, everSaved: s.everSaved || !error })),
  setTextUnsaved: (unsaved) =>
    set((s) => ({ textUnsaved: unsaved, everSaved: s.everSaved || (s.textUnsaved && !unsaved) })),
  clearError: () => set({ error: null }),
}));

export type SaveState = 'idle' | 'saving' | 'saved';

export function selectSaveState(s: SaveStore): SaveState {
  if (s.pending > 0 || s.textUnsaved) return 'saving';
  return s.everSaved ? 'saved' : 'idle';
}
