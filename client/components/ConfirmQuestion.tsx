import { type KeyboardEvent, useEffect, useRef } from 'react';

interface Props {
  /** What will happen. */
  warning: string;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean | undefined;
  small?: boolean | undefined;
  onConfirm: () => void;
  /** Cancel, or Escape anywhere in the question. */
  onCancel: () => void;
}

/**
 * The question of a confirmation, shown in place rather than in a dialog. It takes focus when it
 * appears, on Cancel (the safe answer under the keyboard); Escape cancels; the caller returns
 * focus to what opened it (WCAG 2.4.3). While the action runs, the confirm button stays
 * focusable and says it is busy (`aria-disabled`), so focus never falls to the page.
 */
export function ConfirmQuestion({
  warning,
  confirmLabel,
  cancelLabel,
  busy,
  small,
  onConfirm,
  onCancel,
}: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
  }, []);
  const size = small ? ' small' : '';
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onCancel();
  };
  return (
    <fieldset className="confirm-question" onKeyDown={onKeyDown}>
      <legend className="warning-text">{warning}</legend>
      <div className="button-row">
        <button
          type="button"
          className={`button danger${size}`}
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" className={`button${size}`} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </fieldset>
  );
}
