import type { PriorityMeta } from '../../domain/items.ts';

/** A co-edited list: items (priorities) whose texts people write together in a Yjs document. */
export const LIST_TYPE = 'list';

export interface ListConfig {
  /** The question the list answers, shown above it on every screen; may be empty. */
  prompt: string;
}

export type { PriorityMeta, Provenance } from '../../domain/items.ts';

/**
 * A priority as clients see it: active ones only, so no merge target and no row timestamps.
 * `n` is its number on every screen (shared/domain/itemNumbers.ts), stable through hides and merges.
 */
export type PriorityView = Pick<PriorityMeta, 'id' | 'hidden' | 'mergedFrom' | 'createdBySector'> & {
  n: number;
};

/**
 * The list's state (`activity:state`): active items in display order. A hidden item's text is
 * not in the shared document; facilitators get it here (`hiddenTexts`, item id → text, present
 * when something is hidden), the room
 * gets neither it nor the hidden item's provenance.
 */
export interface ListView {
  items: PriorityView[];
  hiddenTexts?: Record<string, string>;
}

/** A list has co-edited texts (lockable); no results or responses of its own. */
export const LIST_CAPS = { document: true, results: false, responses: false } as const;
