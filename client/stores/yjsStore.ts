import type * as Y from 'yjs';
import { create } from 'zustand';
import type { ErrorCode } from '../../shared/protocol/errors.ts';

/** One open Yjs document (a list activity's texts) as this page holds it. */
export interface TextsDoc {
  /** Values are untrusted (see shared/protocol/yjsTexts.ts): read them through its guards. */
  texts: Y.Map<unknown> | null;
  /** Bumped when keys appear or disappear, so a briefly missing text can show up. */
  keysVersion: number;
  /** Bumped on any text change; only label and result views subscribe to it. */
  contentVersion: number;
  synced: boolean;
  /** Synced at least once: losing `synced` afterwards means its connection dropped (a reconnect). */
  everSynced: boolean;
  /** The server refused our last write (e.g. LOCKED). */
  refused: ErrorCode | null;
  /** The connection was closed for good (unauthorised, not found). */
  fatal: boolean;
}

export const closedDoc: TextsDoc = {
  texts: null,
  keysVersion: 0,
  contentVersion: 0,
  synced: false,
  everSynced: false,
  refused: null,
  fatal: false,
};

interface YjsStore {
  /** By document id (the list activity's id); only documents open on this page. */
  docs: Record<string, TextsDoc>;
  patch: (docId: string, patch: Partial<TextsDoc>) => void;
  drop: (docId: string) => void;
}

export const useYjsStore = create<YjsStore>((set) => ({
  docs: {},
  patch: (docId, patch) =>
    set((s) => ({ docs: { ...s.docs, [docId]: { ...(s.docs[docId] ?? closedDoc), ...patch } } })),
  drop: (docId) =>
    set((s) => {
      const docs = { ...s.docs };
      delete docs[docId];
      return { docs };
    }),
}));

/** Some open document lost its connection after syncing: its texts are not reaching the server. */
export function textsReconnecting(s: { docs: Record<string, TextsDoc> }): boolean {
  return Object.values(s.docs).some((d) => d.everSynced && !d.synced && !d.fatal);
}
