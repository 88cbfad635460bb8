import type { PriorityMeta } from '../../shared/domain/items.ts';

/** A stored priority row for unit tests: visible, unmerged, seeded, unless `extra` says otherwise. */
export const priorityMeta = (id: string, extra: Partial<PriorityMeta> = {}): PriorityMeta => ({
  id,
  hidden: false,
  mergedInto: null,
  mergedFrom: [],
  createdBySector: null,
  createdAt: '2025-03-14T10:00:00.000Z',
  ...extra,
});
