import { create } from 'zustand';
import type { ControlAction } from '../../shared/domain/control.ts';
import { emptyBySector } from '../../shared/domain/sectors.ts';
import type { ActivitySummary, Presence, WorkshopState } from '../../shared/domain/workshop.ts';
import type { ByActivity, Role, Snapshot } from '../../shared/protocol/events.ts';

/**
 * The workshop as the server last said: the agenda, and per activity its state, results and the
 * allowed controls. Each value's shape belongs to the activity's type; its views read them.
 */
interface WorkshopStore {
  role: Role | null;
  state: WorkshopState | null;
  presence: Presence;
  views: ByActivity<unknown>;
  results: ByActivity<unknown>;
  actions: ByActivity<ControlAction[]>;
  applySnapshot: (snapshot: Snapshot) => void;
  setState: (state: WorkshopState) => void;
  setPresence: (presence: Presence) => void;
  setView: (activityId: string, view: unknown) => void;
  setResults: (activityId: string, results: unknown) => void;
  setActions: (actions: ByActivity<ControlAction[]>) => void;
  reset: () => void;
}

const empty = {
  role: null,
  state: null,
  presence: { total: 0, bySector: emptyBySector(), joined: 0 },
  views: {},
  results: {},
  actions: {},
};

export const useWorkshopStore = create<WorkshopStore>((set) => ({
  ...empty,
  applySnapshot: ({ role, state, presence, views, results, actions }) =>
    set({ role, state, presence, views, results, actions }),
  setState: (state) => set({ state }),
  setPresence: (presence) => set({ presence }),
  setView: (activityId, view) => set((s) => ({ views: { ...s.views, [activityId]: view } })),
  setResults: (activityId, results) => set((s) => ({ results: { ...s.results, [activityId]: results } })),
  setActions: (actions) => set({ actions }),
  reset: () => set(empty),
}));

/** One activity's state as its type defines it; the caller knows the type (see its module). */
export const useActivityView = <V>(activityId: string): V | null =>
  useWorkshopStore((s) => (s.views[activityId] as V | undefined) ?? null);

export const useActivityResults = <R>(activityId: string): R | null =>
  useWorkshopStore((s) => (s.results[activityId] as R | undefined) ?? null);

/** The activity every phone follows, or null while nothing is live. */
export const useLiveActivity = (): ActivitySummary | null =>
  useWorkshopStore((s) => s.state?.agenda.find((a) => a.id === s.state?.liveActivityId) ?? null);

/** One activity of the agenda by id; null when there is none (deleted, or not loaded yet). */
export const useActivity = (activityId: string | null): ActivitySummary | null =>
  useWorkshopStore((s) => s.state?.agenda.find((a) => a.id === activityId) ?? null);

/** Outside React (commands): the same lookup on the current state. */
export function activityById(activityId: string): ActivitySummary | null {
  return useWorkshopStore.getState().state?.agenda.find((a) => a.id === activityId) ?? null;
}
