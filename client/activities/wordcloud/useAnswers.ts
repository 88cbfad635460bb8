import { useCallback, useState } from 'react';
import { EMPTY_MINE, mineOf } from '../../../shared/activities/wordcloud/rules.ts';
import type { WordcloudMine } from '../../../shared/activities/wordcloud/types.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { tracked } from '../../realtime/commands.ts';
import { useMineStore } from '../../stores/mineStore.ts';

export interface Answers {
  /** The server's last word on one's answers (acks, pushes, the snapshot). */
  mine: WordcloudMine;
  busy: boolean;
  error: ErrorCode | null;
  /** Resolves true when the server holds the answer. */
  send: (text: string) => Promise<boolean>;
  withdraw: (id: string) => Promise<boolean>;
}

/**
 * One's answers in a word cloud. Each command is idempotent on the server (the same text again is
 * the same answer; an answer already gone is gone), so a retry after a lost ack is harmless; the
 * ack carries all of one's answers, which become the server's last word in the mine store.
 */
export function useAnswers(activityId: string): Answers {
  const mine = mineOf(useMineStore((s) => s.byActivity[activityId])) ?? EMPTY_MINE;
  const [inFlight, setInFlight] = useState(0);
  const [error, setError] = useState<ErrorCode | null>(null);

  const run = useCallback(
    async (name: 'answer' | 'withdraw', payload: { text: string } | { id: string }) => {
      setInFlight((n) => n + 1);
      setError(null);
      const ack = await tracked('activity:command', { activityId, name, payload });
      setInFlight((n) => n - 1);
      const stored = ack.ok ? mineOf(ack.data) : null;
      if (stored) useMineStore.getState().received(activityId, stored);
      else setError(ack.ok ? 'INTERNAL' : ack.error.code);
      return stored !== null;
    },
    [activityId],
  );

  return {
    mine,
    busy: inFlight > 0,
    error,
    send: useCallback((text: string) => run('answer', { text }), [run]),
    withdraw: useCallback((id: string) => run('withdraw', { id }), [run]),
  };
}
