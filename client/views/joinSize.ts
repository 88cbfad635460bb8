import { useSyncExternalStore } from 'react';

/**
 * "Visa koden stort": the control room asks the projector to show the join code large again (for
 * latecomers), or lets it go back to its corner. The projector is a window the control room
 * opened in the same browser, so the choice travels through localStorage, whose `storage` event
 * reaches the other window at once and which a reloaded projector reads again. A projector in
 * another browser keeps its own rule (large until the first person joins).
 */
const key = (workshopId: string) => `samsyn.joinLarge.${workshopId}`;
const listeners = new Set<() => void>();

function read(workshopId: string): boolean {
  try {
    return localStorage.getItem(key(workshopId)) === '1';
  } catch {
    return false;
  }
}

export function setJoinLarge(workshopId: string, large: boolean): void {
  try {
    if (large) localStorage.setItem(key(workshopId), '1');
    else localStorage.removeItem(key(workshopId));
  } catch {
    // Blocked storage: the projector keeps its own rule.
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** Whether the facilitator asked for the join code large, kept up to date across windows. */
export function useJoinLarge(workshopId: string): boolean {
  return useSyncExternalStore(subscribe, () => read(workshopId));
}
