import { useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { tracked } from '../../realtime/commands.ts';

/** The id of a card's element on a board, where focus goes after it moved. */
export const cardDomId = (activityId: string, cardId: string) => `idea-${activityId}-${cardId}`;

/**
 * Moving a card between themes. The moved card leaves the column the control was in, so once
 * the new board arrives focus goes to the card in its new place (WCAG 2.4.3), and the move is
 * said in a status message.
 */
export function useCardMove(activityId: string) {
  const [said, setSaid] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  const target = useRef<{ cardId: string; themeId: string | null } | null>(null);

  // After every render: the card's new element, once the board shows it in its new theme.
  useEffect(() => {
    const want = target.current;
    if (!want) return;
    const el = document.getElementById(cardDomId(activityId, want.cardId));
    if (el && el.dataset.theme === (want.themeId ?? '')) {
      target.current = null;
      el.focus();
    }
  });

  const move = async (cardId: string, themeId: string | null, message: string) => {
    setError(null);
    setSaid('');
    const ack = await tracked('activity:command', {
      activityId,
      name: 'moveCard',
      payload: { cardId, themeId },
    });
    if (ack.ok) {
      target.current = { cardId, themeId };
      setSaid(message);
    } else setError(ack.error.code);
  };
  /** Says something else in the same status region (a rename). */
  const say = (message: string) => {
    setError(null);
    setSaid(message);
  };
  return { move, say, said, error };
}
