import { useCallback, useEffect, useRef, useState } from 'react';
import { answerOf, moveInOrder, startingOrder } from '../../../shared/activities/ranking/rules.ts';
import type { RankingConfig } from '../../../shared/activities/ranking/types.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { command } from '../../realtime/commands.ts';
import { useMineStore } from '../../stores/mineStore.ts';
import { useSaveStore } from '../../stores/saveStore.ts';
import { type SaveState, sameOrder, saveStateOf } from './saveState.ts';

export interface RankingAnswerState {
  /** The order on screen: the stored one, or the participant's moves since. */
  order: string[];
  state: SaveState;
  error: ErrorCode | null;
  /** Moves the item at `from` by `by` places (a button: ±1; a drag: any). */
  move: (from: number, by: number) => void;
  save: () => void;
}

/**
 * The participant's order in one ranking. Moves stay on the phone until "Spara min rangordning"
 * sends the whole order (idempotent); the server's word (its ack, another tab, a reset) replaces
 * the order on screen only while the participant has no unsaved moves, so no push undoes them.
 */
export function useRankingAnswer(activityId: string, config: RankingConfig): RankingAnswerState {
  const mine = useMineStore((s) => s.byActivity[activityId]);
  const stored = answerOf(mine)?.order ?? [];
  const storedKey = stored.join('\n');
  const configKey = config.items.map((i) => i.id).join('\n');
  const [order, setOrder] = useState(() => startingOrder(config, stored));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const moved = useRef(false);
  const shown = useRef(order);
  shown.current = order;

  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the stored order and the item ids
  useEffect(() => {
    // Items added or removed by the facilitator: keep the participant's moves, fit them to the items.
    setOrder((current) => startingOrder(config, moved.current ? current : stored));
  }, [storedKey, configKey]);

  const move = useCallback((from: number, by: number) => {
    moved.current = true;
    setError(null);
    setOrder((current) => moveInOrder(current, from, by));
  }, []);

  const save = useCallback(() => {
    if (saving) return;
    const sent = order;
    setSaving(true);
    setError(null);
    useSaveStore.getState().begin();
    void command('activity:respond', { activityId, value: { order: sent } }).then((ack) => {
      setSaving(false);
      useSaveStore.getState().end(ack.ok ? null : ack.error.code);
      const answer = ack.ok ? answerOf(dataAnswer(ack.data)) : null;
      if (!answer) {
        setError(ack.ok ? 'INTERNAL' : ack.error.code);
        return;
      }
      // The ack is the server's last word: the recap after closing reads it from the mine store.
      // Moves made while it was on its way stay unsaved (and on screen).
      moved.current = !sameOrder(shown.current, sent);
      useMineStore.getState().received(activityId, answer);
    });
  }, [activityId, order, saving]);

  const state: SaveState = saveStateOf(config, stored, order, saving);
  return { order, state, error, move, save };
}

const dataAnswer = (data: unknown): unknown =>
  typeof data === 'object' && data !== null && 'answer' in data ? data.answer : null;
