import { useState } from 'react';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { tracked } from '../../realtime/commands.ts';

export type Moderation = 'approve' | 'hide' | 'restore';

/**
 * The facilitator's approve / hide / restore. The card leaves the list its button was in, so
 * focus goes first to `nextFocus` (the next card's control, or the list's heading), which is
 * still there when the ack comes: nothing is left focused on a vanishing button (WCAG 2.4.3).
 */
export function useModerate(activityId: string) {
  const [said, setSaid] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  const act = async (name: Moderation, cardId: string, message: string, nextFocus: string | null) => {
    setError(null);
    setSaid('');
    const ack = await tracked('activity:command', { activityId, name, payload: { cardId } });
    if (!ack.ok) {
      setError(ack.error.code);
      return;
    }
    if (nextFocus) document.getElementById(nextFocus)?.focus();
    setSaid(message);
  };
  return { act, said, error };
}
