import type { WorkshopState } from '../../../shared/domain/workshop.ts';
import { tracked } from '../../realtime/commands.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { useShortcuts } from './useShortcuts.ts';

/** N: every phone moves on to the activity after the live one, and the control room follows. */
export function useNextLive(state: WorkshopState | null, select: (activityId: string) => void): void {
  useShortcuts({
    n: () => {
      if (!state) return;
      const at = state.agenda.findIndex((a) => a.id === state.liveActivityId);
      const next = state.agenda[at + 1];
      if (!next || !useWorkshopStore.getState().actions[next.id]?.includes('live')) return;
      select(next.id);
      void tracked('activity:control', { activityId: next.id, action: 'live' });
    },
  });
}
