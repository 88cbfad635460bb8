import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { IDEAS_LIMITS, type IdeaTheme } from '../../../shared/activities/ideas/types.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { useS } from './strings.ts';

interface Props {
  activityId: string;
  theme: IdeaTheme;
  /** Said after a rename (the column's status region). */
  onRenamed: (message: string) => void;
}

/**
 * Renaming in place: "Byt namn" opens a field with the name, Enter saves, Escape or "Avbryt"
 * closes it; focus goes into the field and back to the button afterwards.
 */
export function ThemeRename({ activityId, theme, onRenamed }: Props) {
  const t = useT();
  const s = useS();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(theme.name);
  const [error, setError] = useState<ErrorCode | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editing) field.current?.select();
    else if (wasEditing.current) opener.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const close = () => {
    setEditing(false);
    setError(null);
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const clean = name.trim();
    if (!clean) return;
    const ack = await tracked('activity:command', {
      activityId,
      name: 'renameTheme',
      payload: { themeId: theme.id, name: clean },
    });
    if (!ack.ok) {
      setError(ack.error.code);
      return;
    }
    close();
    onRenamed(s('renamed', { name: clean }));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };

  if (!editing)
    return (
      <button
        ref={opener}
        type="button"
        className="button small"
        aria-label={`${s('rename')}: ${theme.name}`}
        onClick={() => {
          setName(theme.name);
          setEditing(true);
        }}
      >
        {s('rename')}
      </button>
    );
  return (
    <form onSubmit={onSubmit} className="ideas-rename" onKeyDown={onKeyDown}>
      <label htmlFor={`${id}-rename`}>{s('renameLabel', { name: theme.name })}</label>
      <input
        ref={field}
        id={`${id}-rename`}
        value={name}
        maxLength={IDEAS_LIMITS.themeNameLength}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setName(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="error">
          {t(errorKey(error))}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button small primary">
          {s('saveName')}
        </button>
        <button type="button" className="button small" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
