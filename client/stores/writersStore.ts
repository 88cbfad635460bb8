import { create } from 'zustand';
import type { Writers } from '../../shared/protocol/texts.ts';

interface WritersStore {
  /** Item id → who is writing in it now, as the server last said. */
  writers: Writers;
  /** This person's writer id, so their own typing is not announced back to them. */
  self: string | null;
  setWriters: (writers: Writers) => void;
  setSelf: (self: string | null) => void;
  reset: () => void;
}

export const useWritersStore = create<WritersStore>((set) => ({
  writers: {},
  self: null,
  setWriters: (writers) => set({ writers }),
  setSelf: (self) => set({ self }),
  reset: () => set({ writers: {}, self: null }),
}));
