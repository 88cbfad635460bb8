import { create } from 'zustand';
import { emptyBySector } from '../../shared/domain/sectors.ts';
import type { Presence, Tally, WorkshopState } from '../../shared/domain/workshop.ts';
import type { Role, Snapshot } from '../../shared/protocol/events.ts';

interface WorkshopStore {
  role: Role | null;
  state: WorkshopState | null;
  presence: Presence;
  tally: Tally | null;
  applySnapshot: (snapshot: Snapshot) => void;
  setState: (state: WorkshopState) => void;
  setPresence: (presence: Presence) => void;
  setTally: (tally: Tally | null) => void;
  reset: () => void;
}

const empty = { role: null, state: null, presence: { total: 0, bySector: emptyBySector() }, tally: null };

export const useWorkshopStore = create<WorkshopStore>((set) => ({
  ...empty,
  applySnapshot: ({ role, state, presence, tally }) => set({ role, state, presence, tally }),
  setState: (state) => set({ state }),
  setPresence: (presence) => set({ presence }),
  setTally: (tally) => set({ tally }),
  reset: () => set(empty),
}));
