import { type FormEvent, useState } from 'react';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { ACTIVITIES, activityOf } from '../../activities/index.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';

/** Adds an activity of the chosen type at the end of the agenda, and selects it for setting up. */
export function AddActivity({ onAdded }: { onAdded: (activityId: string) => void }) {
  const t = useT();
  const types = Object.values(ACTIVITIES);
  const [type, setType] = useState(types[0]?.type ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [added, setAdded] = useState('');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const entry = activityOf(type);
    if (!entry || busy) return;
    setBusy(true);
    setError(null);
    setAdded('');
    const ack = await tracked('agenda:add', { type });
    setBusy(false);
    if (!ack.ok) {
      setError(ack.error.code);
      return;
    }
    setAdded(t('agenda.added', { label: entry.label[t.lang] }));
    onAdded(ack.data.activityId);
  };

  return (
    <form onSubmit={onSubmit} className="add-activity stack" aria-labelledby="add-activity-heading">
      <h3 id="add-activity-heading">{t('agenda.addHeading')}</h3>
      <div className="field">
        <label htmlFor="add-activity-type">{t('agenda.addType')}</label>
        <select id="add-activity-type" value={type} onChange={(e) => setType(e.target.value)}>
          {types.map((a) => (
            <option key={a.type} value={a.type}>
              {a.label[t.lang]}
            </option>
          ))}
        </select>
      </div>
      {/* Busy, not disabled: a disabled button drops the focus it has to the page (WCAG 2.4.3). */}
      <button type="submit" className="button" aria-disabled={busy || undefined}>
        {t('agenda.add')}
      </button>
      <p className="form-feedback" role="status">
        {error ? t(errorKey(error)) : added}
      </p>
    </form>
  );
}
