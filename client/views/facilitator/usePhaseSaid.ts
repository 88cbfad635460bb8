import { useEffect, useRef, useState } from 'react';
import type { WorkshopState } from '../../../shared/domain/workshop.ts';
import { activityLabel } from '../../activities/index.ts';
import { useT } from '../../i18n/useT.ts';
import { type PhaseWord, phaseChange } from '../participant/phaseChange.ts';
import { useRoomS } from './roomStrings.ts';

type Snapshot = Map<string, WorkshopState['agenda'][number]>;

/**
 * The sentence for the control room's one polite live region: the new phase, whoever caused it
 * (this facilitator, a colleague, a timer that closed the activity). When several activities
 * change at once (opening one closes its source list), the live one is told, else the one on
 * screen. Only phases: tallies have their own one-line summary, and tables are never live.
 */
export function usePhaseSaid(state: WorkshopState | null, selectedId: string | null): string {
  const t = useT();
  const r = useRoomS();
  const [said, setSaid] = useState('');
  const prev = useRef<{ agenda: Snapshot; liveId: string | null } | null>(null);
  const key = state
    ? `${state.liveActivityId}|${state.agenda.map((a) => `${a.id}:${a.status}:${a.locked}:${a.revealed}`).join(',')}`
    : '';

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the parts of `state` that matter
  useEffect(() => {
    if (!state) return;
    const before = prev.current;
    prev.current = { agenda: new Map(state.agenda.map((a) => [a.id, a])), liveId: state.liveActivityId };
    if (!before) return;
    const changes: Array<{ id: string; word: PhaseWord }> = [];
    if (state.liveActivityId && state.liveActivityId !== before.liveId)
      changes.push({ id: state.liveActivityId, word: 'shown' });
    for (const a of state.agenda) {
      const old = before.agenda.get(a.id);
      const word = old ? phaseChange(old, a) : null;
      if (word) changes.push({ id: a.id, word });
    }
    const told =
      changes.find((c) => c.id === state.liveActivityId && c.word !== 'shown') ??
      changes.find((c) => c.id === state.liveActivityId) ??
      changes.find((c) => c.id === selectedId) ??
      changes[0];
    const activity = told && state.agenda.find((a) => a.id === told.id);
    if (!told || !activity) return;
    setSaid(r(`said.${told.word}`, { label: activityLabel(t, activity) }));
  }, [key]);
  return said;
}
