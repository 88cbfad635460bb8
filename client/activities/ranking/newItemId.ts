/**
 * A new item's id: random, so an item added after one was removed never takes its id (and its
 * places). `getRandomValues`, unlike `randomUUID`, works on plain-http pages too.
 */
export function newItemId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `i${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}
