import { create } from 'zustand';
import type { ErrorCode } from '../../shared/protocol/errors.ts';

/**
 * One save indicator for everything a participant does (votes, new priorities, text edits),
 * so the screen answers a single question: has what I did reached the server?
 */
interface SaveStore {
  pending: number;
  /** When each command still waiting for its ack was sent (oldest first), to tell when one is overdue. */
  pendingSince: readonly number[];
  /** Text edits not yet confirmed by the Yjs server. */
  textUnsaved: boolean;
  /** Since when text edits have been waiting for the Yjs server's confirmation; null when none. */
  textUnsavedSince: number | null;
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
  pendingSince: [],
  textUnsaved: false,
  textUnsavedSince: null,
  everSaved: false,
  error: null,
  begin: () =>
    set((s) => ({ pending: s.pending + 1, pendingSince: [...s.pendingSince, Date.now()], error: null })),
  end: (error) =>
    set((s) => ({
      pending: Math.max(0, s.pending - 1),
      // Acks mostly come back in order; dropping the oldest keeps "overdue" honest enough.
      pendingSince: s.pendingSince.slice(1),
      error,
      everSaved: s.everSaved || !error,
    })),
  setTextUnsaved: (unsaved) =>
    set((s) => ({
      textUnsaved: unsaved,
      textUnsavedSince: unsaved ? (s.textUnsavedSince ?? Date.now()) : null,
      everSaved: s.everSaved || (s.textUnsaved && !unsaved),
    })),
  clearError: () => set({ error: null }),
}));

/**
 * `overdue`: something has waited for the server longer than this; by then a healthy connection
 * has long answered, so the screen says it is not saved yet instead of "Sparar…" forever.
 */
export const SAVE_OVERDUE_MS = 3000;

export type SaveState = 'idle' | 'saving' | 'overdue' | 'saved' | 'failed';

/** One status at a time: a refusal, else overdue, else in flight, else saved. */
export function saveStateAt(
  s: Pick<SaveStore, 'pending' | 'pendingSince' | 'textUnsaved' | 'textUnsavedSince' | 'everSaved' | 'error'>,
  now: number,
  offline = false,
): SaveState {
  const waiting = s.pending > 0 || s.textUnsaved;
  const oldest = Math.min(
    s.pendingSince[0] ?? Number.POSITIVE_INFINITY,
    s.textUnsavedSince ?? Number.POSITIVE_INFINITY,
  );
  if (waiting && (offline || now - oldest > SAVE_OVERDUE_MS)) return 'overdue';
  if (waiting) return 'saving';
  if (s.error) return 'failed';
  return s.everSaved ? 'saved' : 'idle';
}

/** Without a clock: what the state is right now (for callers that do not re-render on time). */
export function selectSaveState(s: SaveStore): SaveState {
  return saveStateAt(s, Date.now());
}
