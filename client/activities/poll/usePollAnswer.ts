import { useCallback, useEffect, useRef, useState } from 'react';
import { answerOf, EMPTY_ANSWER } from '../../../shared/activities/poll/rules.ts';
import type { PollAnswer } from '../../../shared/activities/poll/types.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { command } from '../../realtime/commands.ts';
import { useMineStore } from '../../stores/mineStore.ts';
import { useSaveStore } from '../../stores/saveStore.ts';

export interface PollAnswerState {
  /** What the participant sees: the newest answer sent, or the server's last word. */
  answer: PollAnswer;
  /** The server holds `answer` (nothing in flight, nothing refused). */
  saved: boolean;
  error: ErrorCode | null;
  send: (next: PollAnswer) => void;
}

/**
 * The participant's answer in one poll. Every change sends the whole answer (idempotent) and is
 * shown at once; only the newest send's ack decides, so an older ack never overrides a newer tap,
 * and a refusal shows the server's last word again. Pushes from elsewhere (another tab, a reset)
 * come through the mine store; they replace what is shown while nothing is in flight.
 */
export function usePollAnswer(activityId: string): PollAnswerState {
  const mine = useMineStore((s) => s.byActivity[activityId]);
  const confirmed = useRef<PollAnswer>(answerOf(mine) ?? EMPTY_ANSWER);
  const inFlight = useRef(0);
  const latest = useRef(0);
  const [shown, setShown] = useState<PollAnswer>(confirmed.current);
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<ErrorCode | null>(null);

  useEffect(() => {
    confirmed.current = answerOf(mine) ?? EMPTY_ANSWER;
    if (inFlight.current === 0) setShown(confirmed.current);
  }, [mine]);

  const send = useCallback(
    (next: PollAnswer) => {
      const seq = ++latest.current;
      inFlight.current += 1;
      setPending(inFlight.current);
      setShown(next);
      setError(null);
      useSaveStore.getState().begin();
      void command('activity:respond', { activityId, value: next }).then((ack) => {
        inFlight.current -= 1;
        setPending(inFlight.current);
        useSaveStore.getState().end(ack.ok ? null : ack.error.code);
        if (seq !== latest.current) return;
        const stored = ack.ok ? answerOf(dataAnswer(ack.data)) : null;
        if (stored) {
          confirmed.current = stored;
          // The ack is the server's last word too: the recap after closing reads it from there.
          useMineStore.getState().received(activityId, stored);
        } else setError(ack.ok ? 'INTERNAL' : ack.error.code);
        setShown(confirmed.current);
      });
    },
    [activityId],
  );

  return { answer: shown, saved: pending === 0 && error === null, error, send };
}

const dataAnswer = (data: unknown): unknown =>
  typeof data === 'object' && data !== null && 'answer' in data ? data.answer : null;
