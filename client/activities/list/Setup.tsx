import { type FormEvent, useEffect, useState } from 'react';
import { LIMITS } from '../../../shared/limits.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import type { SetupProps } from '../types.ts';
import { listPromptOf } from './config.ts';
import { useStaffS } from './staffStrings.ts';

/** The list's question, shown above it on every screen. */
export default function ListSetup({ activity }: SetupProps) {
  const t = useT();
  const staff = useStaffS();
  const stored = listPromptOf(activity.config);
  const [prompt, setPrompt] = useState(stored);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  // A colleague may change it meanwhile: the field follows the stored question.
  useEffect(() => setPrompt(stored), [stored]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    setError(null);
    const config = { prompt: prompt.trim() };
    const ack = await tracked('agenda:update', { activityId: activity.id, config });
    if (ack.ok) setSaved(true);
    else setError(ack.error.code);
  };

  const id = `list-prompt-${activity.id}`;
  return (
    <form onSubmit={onSubmit} className="stack">
      <div className="field">
        <label htmlFor={id}>{staff('setup.prompt')}</label>
        <textarea
          id={id}
          rows={2}
          value={prompt}
          maxLength={LIMITS.promptLength}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setPrompt(e.target.value);
            setSaved(false);
            setError(null);
          }}
        />
        <p id={`${id}-hint`} className="hint">
          {staff('setup.promptHint')}
        </p>
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={prompt.trim() === stored}>
          {staff('setup.save')}
        </button>
      </div>
      <p className="form-feedback" role="status">
        {error ? t(errorKey(error)) : saved ? staff('setup.saved') : ''}
      </p>
    </form>
  );
}
