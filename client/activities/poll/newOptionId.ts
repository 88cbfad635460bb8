/**
 * A new option's id: random, so an option added after one was removed never takes its id (and
 * its answers). `getRandomValues`, unlike `randomUUID`, works on plain-http pages too.
 */
export function newOptionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return `o${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`.slice(0, 16);
}
