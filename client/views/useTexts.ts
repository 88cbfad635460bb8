import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { PriorityView } from '../../shared/domain/workshop.ts';
import { plainTextOf, yTextOf } from '../../shared/protocol/yjsTexts.ts';
import { useYjsStore } from '../stores/yjsStore.ts';

/**
 * The Y.Text for a priority; re-renders when its key appears (it may lag the socket state).
 * A stored value that is not a Y.Text reads as absent, so the field stays read-only and empty.
 */
export function usePriorityText(id: string): Y.Text | undefined {
  const texts = useYjsStore((s) => s.texts);
  const keysVersion = useYjsStore((s) => s.keysVersion);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keysVersion is the change signal for texts
  return useMemo(() => yTextOf(texts?.get(id)), [texts, id, keysVersion]);
}

/** Plain strings for labels (results, projector); re-renders on every text change. */
export function usePriorityLabels(priorities: readonly PriorityView[]): Record<string, string> {
  const texts = useYjsStore((s) => s.texts);
  const contentVersion = useYjsStore((s) => s.contentVersion);
  // biome-ignore lint/correctness/useExhaustiveDependencies: contentVersion is the change signal for texts
  return useMemo(() => {
    const out: Record<string, string> = {};
    for (const p of priorities) out[p.id] = plainTextOf(texts?.get(p.id));
    return out;
  }, [texts, priorities, contentVersion]);
}
