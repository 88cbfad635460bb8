import { type FormEvent, useEffect, useState } from 'react';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { TextField } from '../../components/TextField.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';

interface Props {
  activity: ActivitySummary;
  /** What screens show while the title is empty. */
  typeLabel: string;
}

export function TitleForm({ activity, typeLabel }: Props) {
  const t = useT();
  const [title, setTitle] = useState(activity.title);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  // A colleague may rename it meanwhile: the field follows the stored title.
  useEffect(() => setTitle(activity.title), [activity.title]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    setError(null);
    const ack = await tracked('agenda:update', { activityId: activity.id, title: title.trim() });
    if (ack.ok) setSaved(true);
    else setError(ack.error.code);
  };

  return (
    <form onSubmit={onSubmit} className="stack">
      <TextField
        id="activity-title"
        label={t('activityEdit.title')}
        hint={t('activityEdit.titleHint', { label: typeLabel })}
        value={title}
        maxLength={LIMITS.titleLength}
        onValue={(v) => {
          setTitle(v);
          setSaved(false);
          setError(null);
        }}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={title.trim() === activity.title}>
          {t('activityEdit.saveTitle')}
        </button>
      </div>
      <p className="form-feedback" role="status">
        {error ? t(errorKey(error)) : saved ? t('activityEdit.titleSaved') : ''}
      </p>
    </form>
  );
}
