/**
 * Runs `fn(key)` at most once per `delayMs` per key, however often `schedule(key)` is called.
 * A hall of phones voting in the same second then costs one broadcast, not one per vote.
 */
export function coalescer(delayMs: number, fn: (key: string) => void) {
  const pending = new Map<string, NodeJS.Timeout>();
  return {
    schedule(key: string): void {
      if (pending.has(key)) return;
      const timer = setTimeout(() => {
        pending.delete(key);
        fn(key);
      }, delayMs);
      pending.set(key, timer);
    },
    cancelAll(): void {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}
