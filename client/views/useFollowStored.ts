import { useEffect, useRef } from 'react';

/**
 * A setup form follows the stored config when it changes (a colleague saved, or this save's
 * broadcast arrived) — unless the form holds edits not yet sent: those are never wiped. `form` is
 * the form's current value in the stored config's shape; `follow` loads a stored config into it.
 */
export function useFollowStored<T>(stored: T, form: T, follow: (next: T) => void): void {
  const storedKey = JSON.stringify(stored);
  const last = useRef(storedKey);
  const formKey = JSON.stringify(form);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stored config, compared by value
  useEffect(() => {
    if (storedKey === last.current) return;
    const unsent = formKey !== last.current && formKey !== storedKey;
    last.current = storedKey;
    if (!unsent) follow(stored);
  }, [storedKey]);
}
