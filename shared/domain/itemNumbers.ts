import type { PriorityMeta } from './items.ts';

/*
 * The number an item is called by ("Prioritering 3") on every screen: phones, the control room,
 * the projector, results. It is the item's place in creation order among **all** items of its
 * activity, hidden and merged-away ones included, so hiding, merging or moving another item never
 * renumbers it, and the room can say "number 3" and mean the same thing everywhere. A list's
 * numbers may therefore show gaps (a merged item's number is not reused) and, after a move, stand
 * out of order: that is the price of a label that holds.
 *
 * In the core (not in the list's folder) because a dot voting numbers its source list's items by
 * the same rule, and a type never imports another type.
 */

/**
 * Numbers from 1 by `createdAt`; items created in the same instant keep the order they have in
 * `all` (the stored order), so seeded items, created together, keep the order they were given.
 */
export function itemNumbers(all: readonly Pick<PriorityMeta, 'id' | 'createdAt'>[]): Map<string, number> {
  const order = all
    .map((item, index) => ({ id: item.id, at: item.createdAt, index }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.index - b.index));
  return new Map(order.map((item, i) => [item.id, i + 1]));
}

/**
 * The creation instants for a batch created together (a new workshop's seeded items): one
 * millisecond apart from `at`, so their order is their creation order even after a move.
 */
export function batchInstants(at: string, count: number): string[] {
  const start = Date.parse(at);
  return Array.from({ length: count }, (_, i) => new Date(start + i).toISOString());
}
