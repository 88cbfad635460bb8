import { useEffect, useRef, useState } from 'react';

interface Props {
  /** The button that asks. */
  label: string;
  /** What will happen, shown once asked. */
  warning: string;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  small?: boolean;
  onConfirm: () => void;
}

/**
 * An action that cannot be undone, confirmed once in place rather than in a dialog. While the
 * question shows, focus sits on Cancel: the button that opened it is gone, and the safe answer
 * is the one under the keyboard.
 */
export function ConfirmInPlace({ label, warning, confirmLabel, cancelLabel, busy, small, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);
  const size = small ? ' small' : '';

  if (!asking)
    return (
      <div className="button-row">
        <button type="button" className={`button${size}`} onClick={() => setAsking(true)}>
          {label}
        </button>
      </div>
    );
  return (
    <>
      <p className="warning-text">{warning}</p>
      <div className="button-row">
        <button type="button" className={`button danger${size}`} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" className={`button${size}`} onClick={() => setAsking(false)}>
          {cancelLabel}
        </button>
      </div>
    </>
  );
}
