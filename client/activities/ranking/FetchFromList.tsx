import { useState } from 'react';
import { RANKING_LIMITS, type RankingItem } from '../../../shared/activities/ranking/types.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { useStaffS } from './staffStrings.ts';

interface Props {
  activityId: string;
  /** The agenda's lists, with the label the agenda shows. */
  lists: ReadonlyArray<{ id: string; label: string }>;
  onItems: (items: RankingItem[]) => void;
}

function importedOf(data: unknown): { items: RankingItem[]; skipped: number } | null {
  if (typeof data !== 'object' || data === null || !('items' in data) || !Array.isArray(data.items))
    return null;
  const skipped = 'skipped' in data && typeof data.skipped === 'number' ? data.skipped : 0;
  return { items: data.items as RankingItem[], skipped };
}

/**
 * "Hämta punkter från …" for each list in the agenda: the server reads the list's visible items
 * (`importItems`), and the form takes them and saves, so a group can rank the themes it just wrote.
 */
export function FetchFromList({ activityId, lists, onItems }: Props) {
  const t = useT();
  const staff = useStaffS();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  if (lists.length === 0) return null;

  const fetchFrom = async (fromActivityId: string) => {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    const ack = await tracked('activity:command', {
      activityId,
      name: 'importItems',
      payload: { fromActivityId },
    });
    setBusy(false);
    if (!ack.ok) {
      const code = ack.error.code;
      setMessage({
        text: code === 'VOTE_RULES_LOCKED' ? staff('setup.fetchLocked') : t(errorKey(code)),
        error: true,
      });
      return;
    }
    const got = importedOf(ack.data);
    if (!got || got.items.length < RANKING_LIMITS.itemsMin) {
      setMessage({ text: staff('setup.fetchTooFew', { n: RANKING_LIMITS.itemsMin }), error: true });
      return;
    }
    onItems(got.items);
    const n = got.items.length;
    setMessage({
      text:
        got.skipped > 0
          ? staff('setup.fetchedSkipped', { n, skipped: got.skipped, max: RANKING_LIMITS.itemsMax })
          : staff('setup.fetched', { n }),
      error: false,
    });
  };

  return (
    <div className="stack ranking-fetch">
      <p className="hint">{staff('setup.fetchHint')}</p>
      <div className="button-row">
        {lists.map((l) => (
          <button
            key={l.id}
            type="button"
            className="button"
            aria-disabled={busy || undefined}
            onClick={() => void fetchFrom(l.id)}
          >
            {staff('setup.fetch', { list: l.label })}
          </button>
        ))}
      </div>
      <p className={message?.error ? 'form-feedback error' : 'form-feedback'} role="status">
        {message?.text ?? ''}
      </p>
    </div>
  );
}
