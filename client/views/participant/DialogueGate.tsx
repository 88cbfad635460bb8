import type { ReactNode } from 'react';
import type { DialogueWindow } from '../../../shared/domain/settings.ts';
import { useDialoguePhase } from '../useDialoguePhase.ts';
import { DialogueNotice } from './DialogueNotice.tsx';

interface Props {
  dialogue: DialogueWindow;
  /** What the phone shows while the dialogue is open: the timer and the activity. */
  children: ReactNode;
}

/**
 * An open dialogue's dates on a phone, and its activity only while the dialogue is open: before
 * and after, there is nothing to answer and the dates say when. A chunk of its own, loaded only
 * for workshops that have dates (most run live in a room).
 */
export default function DialogueGate({ dialogue, children }: Props) {
  const phase = useDialoguePhase(dialogue);
  return (
    <>
      <DialogueNotice dialogue={dialogue} phase={phase} />
      {phase !== 'before' && phase !== 'after' && children}
    </>
  );
}
