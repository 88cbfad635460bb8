import { useState } from 'react';
import { termOf } from '../../../shared/activities/wordcloud/terms.ts';
import type { StaffAnswer } from '../../../shared/activities/wordcloud/types.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { useSectorLabel } from '../../views/useSectorLabel.ts';
import { useStaffS } from './staffStrings.ts';

interface Props {
  activityId: string;
  answers: readonly StaffAnswer[];
}

/**
 * The answers held for review (pre-moderation or the word filter) with approve and hide, then every
 * answer with its sector (and writer, when names are shown), hidden ones marked, to hide or restore.
 */
export function Moderation({ activityId, answers }: Props) {
  const t = useT();
  const staff = useStaffS();
  const sectorLabel = useSectorLabel();
  const [error, setError] = useState<ErrorCode | null>(null);
  const queue = answers.filter((a) => a.status === 'pending');
  const rest = answers.filter((a) => a.status !== 'pending');

  const set = async (a: StaffAnswer, status: 'shown' | 'hidden', listId: string) => {
    setError(null);
    const ack = await tracked('activity:command', {
      activityId,
      name: 'moderate',
      payload: { ids: [a.id], status },
    });
    if (!ack.ok) return setError(ack.error.code);
    // A held answer leaves the queue with its buttons: focus stays in the list it was in.
    requestAnimationFrame(() => {
      const list = document.getElementById(listId);
      if (list?.contains(document.activeElement)) return;
      (list?.querySelector('button') ?? document.getElementById(`${listId}-heading`))?.focus();
    });
  };
  const about = (a: StaffAnswer) =>
    [
      a.sector ? sectorLabel(a.sector) : '',
      a.author ?? '',
      a.filtered ? staff('admin.filtered') : '',
      a.status === 'hidden' ? staff('admin.hiddenMark') : '',
      a.status === 'shown' && !termOf(a.text) ? staff('admin.notCounted') : '',
    ]
      .filter(Boolean)
      .join(' · ');
  const queueId = `wordcloud-queue-${activityId}`;
  const allId = `wordcloud-all-${activityId}`;

  return (
    <div className="stack">
      <section aria-labelledby={`${queueId}-heading`} className="stack">
        <h3 id={`${queueId}-heading`} tabIndex={-1}>
          {staff('admin.queue', { n: queue.length })}
        </h3>
        {queue.length === 0 ? (
          <p className="hint">{staff('admin.queueEmpty')}</p>
        ) : (
          <ul id={queueId} className="admin-list wordcloud-moderation">
            {queue.map((a) => (
              <li key={a.id} className="wordcloud-moderation-item">
                <span className="wordcloud-moderation-text">
                  <strong>{a.text}</strong> <span className="hint">{about(a)}</span>
                </span>
                <span className="button-row">
                  <button
                    type="button"
                    className="button small"
                    aria-label={staff('admin.approveLabel', { text: a.text })}
                    onClick={() => void set(a, 'shown', queueId)}
                  >
                    {staff('admin.approve')}
                  </button>
                  <button
                    type="button"
                    className="button small"
                    aria-label={staff('admin.hideLabel', { text: a.text })}
                    onClick={() => void set(a, 'hidden', queueId)}
                  >
                    {staff('admin.hide')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="form-feedback" role="status">
        {error ? t(errorKey(error)) : ''}
      </p>
      {rest.length > 0 && (
        <details className="wordcloud-all">
          <summary id={`${allId}-heading`}>{staff('admin.answers', { n: rest.length })}</summary>
          <ul id={allId} className="admin-list wordcloud-moderation">
            {rest.map((a) => {
              const hidden = a.status === 'hidden';
              return (
                <li key={a.id} className={`wordcloud-moderation-item${hidden ? ' hidden' : ''}`}>
                  <span className="wordcloud-moderation-text">
                    {hidden ? <s>{a.text}</s> : <strong>{a.text}</strong>}{' '}
                    <span className="hint">{about(a)}</span>
                  </span>
                  <button
                    type="button"
                    className="button small"
                    aria-label={staff(hidden ? 'admin.restoreLabel' : 'admin.hideLabel', { text: a.text })}
                    onClick={() => void set(a, hidden ? 'shown' : 'hidden', allId)}
                  >
                    {staff(hidden ? 'admin.restore' : 'admin.hide')}
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </div>
  );
}
