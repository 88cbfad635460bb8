import { type FormEvent, useId, useState } from 'react';
import { IDEAS_LIMITS } from '../../../shared/activities/ideas/types.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { useS } from './strings.ts';

interface Props {
  activityId: string;
  themeCount: number;
}

/** A name and "Skapa tema"; the field stays focused and empty for the next one. */
export function NewThemeForm({ activityId, themeCount }: Props) {
  const t = useT();
  const s = useS();
  const id = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [created, setCreated] = useState('');
  const full = themeCount >= IDEAS_LIMITS.themesPerActivity;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const clean = name.trim();
    if (!clean || busy || full) return;
    setBusy(true);
    setError(null);
    const ack = await tracked('activity:command', {
      activityId,
      name: 'createTheme',
      payload: { name: clean },
    });
    setBusy(false);
    if (ack.ok) {
      setName('');
      setCreated(s('created', { name: clean }));
    } else setError(ack.error.code);
  };
  return (
    <form onSubmit={onSubmit} className="ideas-new-theme">
      <div className="field">
        <label htmlFor={`${id}-name`}>{s('newTheme')}</label>
        <div className="ideas-inline">
          <input
            id={`${id}-name`}
            value={name}
            maxLength={IDEAS_LIMITS.themeNameLength}
            autoComplete="off"
            aria-describedby={full ? `${id}-full` : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setCreated('');
              setError(null);
            }}
          />
          <button type="submit" className="button" aria-disabled={busy || full || !name.trim() || undefined}>
            {s('createTheme')}
          </button>
        </div>
      </div>
      {full && (
        <p className="hint" id={`${id}-full`}>
          {s('themesMax')}
        </p>
      )}
      <p className="form-feedback" role="status">
        {error ? t(errorKey(error)) : created}
      </p>
    </form>
  );
}
