import { useCallback, useEffect, useRef, useState } from 'react';
import { asMine } from '../../../shared/activities/question/rules.ts';
import type { EntryStatus } from '../../../shared/domain/entries.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { newClientId } from '../../components/textItems.ts';
import { command } from '../../realtime/commands.ts';
import { useMineStore } from '../../stores/mineStore.ts';
import { useSaveStore } from '../../stores/saveStore.ts';

const storageKey = (activityId: string) => `samsyn.question.${activityId}`;

interface Draft {
  text: string;
  /** The id the text goes out under: kept until the server has answered for it, so a retry is one post. */
  id: string;
}

function loadDraft(activityId: string): Draft {
  try {
    const raw = JSON.parse(localStorage.getItem(storageKey(activityId)) ?? 'null') as unknown;
    if (typeof raw === 'object' && raw !== null && 'text' in raw && 'id' in raw)
      if (typeof raw.text === 'string' && typeof raw.id === 'string') return { text: raw.text, id: raw.id };
  } catch {
    // A private window without storage: the draft lives in memory only.
  }
  return { text: '', id: newClientId() };
}

function saveDraft(activityId: string, draft: Draft): void {
  try {
    if (draft.text) localStorage.setItem(storageKey(activityId), JSON.stringify(draft));
    else localStorage.removeItem(storageKey(activityId));
  } catch {
    // See loadDraft.
  }
}

/** Errors after which the same post may have been stored: the retry must keep its id. */
const UNSURE: readonly ErrorCode[] = ['TIMEOUT', 'INTERNAL', 'RATE_LIMITED'];

export interface Posting {
  text: string;
  setText: (text: string) => void;
  busy: boolean;
  error: ErrorCode | null;
  /** The status of the last post sent from here, until the next edit. */
  sent: EntryStatus | null;
  send: () => Promise<boolean>;
}

/**
 * Writing and sending one post. The draft survives reloads and a locked screen (local storage);
 * it goes out with an id made here, so a send whose answer was lost can be sent again and is
 * still one post. A command's answer carries one's own posts, the server's last word.
 */
export function usePosting(activityId: string): Posting {
  const [draft, setDraft] = useState<Draft>(() => loadDraft(activityId));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [sent, setSent] = useState<EntryStatus | null>(null);
  const inFlight = useRef(false);
  useEffect(() => saveDraft(activityId, draft), [activityId, draft]);

  const setText = useCallback((text: string) => {
    setDraft((d) => ({ ...d, text }));
    setError(null);
    setSent(null);
  }, []);

  const send = useCallback(async () => {
    if (inFlight.current) return false;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    useSaveStore.getState().begin();
    const ack = await command('activity:command', {
      activityId,
      name: 'post',
      payload: { id: draft.id, text: draft.text },
    });
    useSaveStore.getState().end(ack.ok ? null : ack.error.code);
    inFlight.current = false;
    setBusy(false);
    if (!ack.ok) {
      setError(ack.error.code);
      // Refused for good: the next try is a new post. Unsure: the same one.
      if (!UNSURE.includes(ack.error.code)) setDraft((d) => ({ ...d, id: newClientId() }));
      return false;
    }
    const data = ack.data as { entryId?: unknown; mine?: unknown };
    const mine = asMine(data.mine);
    if (mine) useMineStore.getState().received(activityId, mine);
    setSent(mine?.posts.find((p) => p.id === data.entryId)?.status ?? 'shown');
    setDraft({ text: '', id: newClientId() });
    return true;
  }, [activityId, draft]);

  return { text: draft.text, setText, busy, error, sent, send };
}
