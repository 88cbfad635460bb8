import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { useS } from './strings.ts';

interface Props {
  /** The document could not be loaded or kept in sync at all. */
  fatal: boolean;
  /** The server's last refusal of this client's edits, if any. */
  refused: ErrorCode | null;
  /** A participant is told a lock in their own words; a facilitator gets the code's text. */
  lockedText?: string | undefined;
}

/** What went wrong with the list's texts, announced once: the same for phones and the control room. */
export function TextsNotices({ fatal, refused, lockedText }: Props) {
  const t = useT();
  const s = useS();
  return (
    <>
      {fatal && (
        <p className="notice warning" role="alert">
          {s('fatal')}
        </p>
      )}
      {refused && (
        <p className="notice warning" role="alert">
          {refused === 'LOCKED' && lockedText ? lockedText : t(errorKey(refused))}
        </p>
      )}
    </>
  );
}
