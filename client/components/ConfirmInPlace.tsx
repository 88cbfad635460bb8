import { useEffect, useRef, useState } from 'react';
import { ConfirmQuestion } from './ConfirmQuestion.tsx';

interface Props {
  /** The button that asks. */
  label: string;
  /** Its full name when the label alone is vague in a list ("Ta bort: <text>"); starts with `label`. */
  ariaLabel?: string | undefined;
  /** What will happen, shown once asked. */
  warning: string;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  small?: boolean;
  onConfirm: () => void;
}

/**
 * An action that cannot be undone, confirmed once in place rather than in a dialog. The question
 * takes focus (on Cancel: the button that opened it is gone, and the safe answer is the one under
 * the keyboard); Cancel or Escape closes it and focus goes back to the button that asked.
 */
export function ConfirmInPlace({
  label,
  ariaLabel,
  warning,
  confirmLabel,
  cancelLabel,
  busy,
  small,
  onConfirm,
}: Props) {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);
  useEffect(() => {
    if (asking || !returning.current) return;
    returning.current = false;
    opener.current?.focus();
  }, [asking]);
  const size = small ? ' small' : '';

  if (!asking)
    return (
      <div className="button-row">
        <button
          ref={opener}
          type="button"
          className={`button${size}`}
          aria-label={ariaLabel}
          onClick={() => setAsking(true)}
        >
          {label}
        </button>
      </div>
    );
  return (
    <ConfirmQuestion
      warning={warning}
      confirmLabel={confirmLabel}
      cancelLabel={cancelLabel}
      busy={busy}
      small={small}
      onConfirm={onConfirm}
      onCancel={() => {
        returning.current = true;
        setAsking(false);
      }}
    />
  );
}
