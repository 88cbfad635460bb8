import { type Ended, useConnectionStore } from '../stores/connectionStore.ts';

/**
 * Whether the workshop has stopped being live for this page: deleted (the server said so, or
 * refuses it as unknown). Every live screen then says so instead of acting as if still connected.
 * (An open dialogue past its closing date is said by the dialogue's own notice.)
 */
export function useWorkshopEnded(): Ended | null {
  return useConnectionStore((s) => s.ended);
}
