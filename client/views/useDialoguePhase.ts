import { useEffect, useState } from 'react';
import { type DialoguePhase, dialoguePhase } from '../../shared/domain/dialogue.ts';
import type { DialogueWindow } from '../../shared/domain/settings.ts';

/** setTimeout's longest wait; a window further off is looked at again after it. */
const MAX_WAIT_MS = 2 ** 31 - 1;

/**
 * Where the open dialogue stands now, changing by itself when it opens or closes, so a phone
 * left on the page shows the activity the moment the dialogue opens. The server decides what is
 * accepted; this only says it.
 */
export function useDialoguePhase(dialogue: DialogueWindow | null | undefined): DialoguePhase {
  const [now, setNow] = useState(() => Date.now());
  const phase = dialoguePhase(dialogue ?? null, now);
  useEffect(() => {
    if (!dialogue || phase === 'after' || phase === 'live') return;
    const next = Date.parse(phase === 'before' ? dialogue.opensAt : dialogue.closesAt);
    const timer = setTimeout(
      () => setNow(Date.now()),
      Math.min(Math.max(next - Date.now(), 0) + 50, MAX_WAIT_MS),
    );
    return () => clearTimeout(timer);
  }, [dialogue, phase]);
  // A window changed by the facilitator is judged against the clock at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the window changes
  useEffect(() => setNow(Date.now()), [dialogue]);
  return phase;
}
