import type * as Y from 'yjs';
import { create } from 'zustand';
import type { ErrorCode } from '../../shared/protocol/errors.ts';

interface YjsStore {
  /** Values are untrusted (see shared/protocol/yjsTexts.ts): read them through its guards. */
  texts: Y.Map<unknown> | null;
  /** Bumped when keys appear or disappear, so a briefly missing text can show up. */
  keysVersion: number;
  /** Bumped on any text change; only result views subscribe to it. */
  contentVersion: number;
  synced: boolean;
  /** The server refused our last write (e.g. LOCKED). */
  refused: ErrorCode | null;
  /** The connection was closed for good (unauthorised, not found). */
  fatal: boolean;
  set: (patch: Partial<Omit<YjsStore, 'set'>>) => void;
}

export const useYjsStore = create<YjsStore>((set) => ({
  texts: null,
  keysVersion: 0,
  contentVersion: 0,
  synced: false,
  refused: null,
  fatal: false,
  set: (patch) => set(patch),
}));
