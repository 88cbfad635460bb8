import { type KeyboardEvent, useEffect, useRef } from 'react';
import { errorKey, useT } from '../i18n/useT.ts';
import type { LockedSave } from '../views/useLockedSave.ts';

export interface SaveWithResetWords {
  save: string;
  saved: string;
  undo: string;
  /** What saving will do to the answers. */
  resetWarning: string;
  resetConfirm: string;
}

interface Props {
  lock: LockedSave;
  words: SaveWithResetWords;
  /** The form differs from what is stored. */
  changed: boolean;
  /** This edit would clear answers: said before the facilitator presses save. */
  mustReset: boolean;
  /** Saving is possible (otherwise the save button explains itself through the form's errors). */
  canSave?: boolean;
  onUndo?: () => void;
}

/**
 * The foot of a setup form: save, undo, and — when answers exist and the edit changes what they
 * mean — a confirm step whose focus starts on Cancel (the safe answer), closes with Escape and gives focus back to the save
 * button (WCAG 2.4.3). The save button is a submit button, so the form's own submit handler runs
 * its checks first.
 */
export function SaveWithReset({ lock, words, changed, mustReset, canSave = true, onUndo }: Props) {
  const t = useT();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (lock.confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) saveRef.current?.focus();
    wasConfirming.current = lock.confirming;
  }, [lock.confirming]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      lock.cancel();
    }
  };

  return (
    <>
      {mustReset && !lock.confirming && <p className="warning-text">{words.resetWarning}</p>}
      {lock.confirming ? (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the confirm step from either button
        <div className="confirm-step panel" onKeyDown={onKeyDown}>
          <p className="warning-text" role="alert">
            {words.resetWarning}
          </p>
          <div className="button-row">
            <button type="button" className="button danger" onClick={lock.confirmReset}>
              {words.resetConfirm}
            </button>
            <button ref={cancelRef} type="button" className="button" onClick={lock.cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button
            ref={saveRef}
            type="submit"
            className="button"
            aria-disabled={!changed || !canSave || undefined}
          >
            {words.save}
          </button>
          {changed && onUndo && (
            <button type="button" className="button" onClick={onUndo}>
              {words.undo}
            </button>
          )}
        </div>
      )}
      <p className="form-feedback" role="status">
        {lock.error ? t(errorKey(lock.error)) : lock.saved ? words.saved : ''}
      </p>
    </>
  );
}
