import { useEffect, useMemo } from 'react';
import type * as Y from 'yjs';
import { plainTextOf, yTextOf } from '../../shared/protocol/yjsTexts.ts';
import { openTexts } from '../realtime/yjs.ts';
import { closedDoc, type TextsDoc, useYjsStore } from '../stores/yjsStore.ts';

/**
 * Keeps one list's texts open while the calling view is mounted (null: none). A screen opens
 * only the documents it shows: a phone's list, or the list a dot voting is over.
 */
export function useOpenTexts(docId: string | null): void {
  useEffect(() => (docId === null ? undefined : openTexts(docId)), [docId]);
}

/** The state of an open document (synced, refused, fatal); a closed one reads as not synced. */
export function useTextsDoc(docId: string): TextsDoc {
  return useYjsStore((s) => s.docs[docId] ?? closedDoc);
}

/**
 * The Y.Text of an item in list `docId`; re-renders when its key appears (it may lag the socket
 * state). A stored value that is not a Y.Text reads as absent, so the field stays read-only and empty.
 */
export function usePriorityText(docId: string, itemId: string): Y.Text | undefined {
  const texts = useYjsStore((s) => s.docs[docId]?.texts ?? null);
  const keysVersion = useYjsStore((s) => s.docs[docId]?.keysVersion ?? 0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keysVersion is the change signal for texts
  return useMemo(() => yTextOf(texts?.get(itemId)), [texts, itemId, keysVersion]);
}

/** Plain strings for labels (votes, results, projector); re-renders on every text change. */
export function usePriorityLabels(docId: string, items: readonly { id: string }[]): Record<string, string> {
  const texts = useYjsStore((s) => s.docs[docId]?.texts ?? null);
  const contentVersion = useYjsStore((s) => s.docs[docId]?.contentVersion ?? 0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: contentVersion is the change signal for texts
  return useMemo(() => {
    const out: Record<string, string> = {};
    for (const p of items) out[p.id] = plainTextOf(texts?.get(p.id));
    return out;
  }, [texts, items, contentVersion]);
}
