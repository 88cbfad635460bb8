import { useEffect, useState } from 'react';
import type { OtherAnswer, PollResults } from '../../../shared/activities/poll/types.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { command, tracked } from '../../realtime/commands.ts';
import { useSectorLabel } from '../../views/useSectorLabel.ts';
import { useStaffS } from './staffStrings.ts';

const LIST_LIMIT = 500;

interface Props {
  activityId: string;
  results: PollResults;
}

/** Whether a reply is the hidden list (`hiddenOthers`'s data). */
function hiddenOf(data: unknown): OtherAnswer[] {
  if (typeof data !== 'object' || data === null || !('hidden' in data) || !Array.isArray(data.hidden))
    return [];
  return data.hidden as OtherAnswer[];
}

/**
 * The "other" answers with a button each to hide its words from the room (the answer keeps
 * counting, the export keeps the words, marked), and the hidden ones with a button to show again.
 */
export function OtherModeration({ activityId, results }: Props) {
  const t = useT();
  const staff = useStaffS();
  const sectorLabel = useSectorLabel();
  const [hidden, setHidden] = useState<OtherAnswer[]>([]);
  const [error, setError] = useState<ErrorCode | null>(null);
  // Hidden words are in no broadcast: asked for whenever their count changes.
  useEffect(() => {
    if (results.otherHidden === 0) {
      setHidden([]);
      return;
    }
    let live = true;
    void command('activity:command', {
      activityId,
      name: 'hiddenOthers',
      payload: { limit: LIST_LIMIT },
    }).then((ack) => {
      if (live && ack.ok) setHidden(hiddenOf(ack.data));
    });
    return () => {
      live = false;
    };
  }, [activityId, results.otherHidden]);

  const setShown = async (id: string, hide: boolean) => {
    setError(null);
    const ack = await tracked('activity:command', {
      activityId,
      name: 'hideOther',
      payload: { id, hidden: hide },
    });
    if (!ack.ok) setError(ack.error.code);
  };
  if (results.otherTexts.length === 0 && hidden.length === 0) return null;
  return (
    <section aria-labelledby={`poll-other-${activityId}`} className="stack">
      <h3 id={`poll-other-${activityId}`}>{staff('admin.others')}</h3>
      <ul className="admin-list poll-moderation">
        {results.otherTexts.map((o) => (
          <li key={o.id} className="poll-moderation-item">
            <span className="poll-moderation-text">
              {o.text} ({sectorLabel(o.sector)})
            </span>
            <button type="button" className="button small" onClick={() => void setShown(o.id, true)}>
              {staff('admin.hide')}
            </button>
          </li>
        ))}
        {hidden.map((o) => (
          <li key={o.id} className="poll-moderation-item poll-hidden">
            <span className="poll-moderation-text">
              <s>{o.text}</s> ({sectorLabel(o.sector)}, {staff('admin.hiddenMark')})
            </span>
            <button type="button" className="button small" onClick={() => void setShown(o.id, false)}>
              {staff('admin.show')}
            </button>
          </li>
        ))}
      </ul>
      <p className="form-feedback" role="status">
        {error ? t(errorKey(error)) : ''}
      </p>
    </section>
  );
}
