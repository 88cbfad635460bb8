import type { TextItem } from './TextItemsEditor.tsx';

/**
 * A random id for a new item of a setup list (an option, statement or item), in the server's id
 * alphabet and at least 6 characters. Random, so an item added after one was removed never takes
 * the removed one's id (and its answers). `getRandomValues`, unlike `randomUUID`, works on
 * plain-http pages too. Also a retry-safe id for a post a phone sends.
 */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** The edits of a setup list of short texts, over the form's own state setter. */
export function textItemEdits<T extends TextItem>(update: (f: (list: T[]) => T[]) => void, blank: () => T) {
  return {
    setText: (id: string, text: string) =>
      update((list) => list.map((s) => (s.id === id ? { ...s, text } : s))),
    add: () => update((list) => [...list, blank()]),
    remove: (id: string) => update((list) => list.filter((s) => s.id !== id)),
    move: (from: number, to: number) =>
      update((list) => {
        const next = [...list];
        const [moved] = next.splice(from, 1);
        if (moved) next.splice(to, 0, moved);
        return next;
      }),
  };
}
