import type { OwnContribution } from '../../../shared/protocol/contributions.ts';
import { ConfirmInPlace } from '../../components/ConfirmInPlace.tsx';
import { UserText } from '../../components/UserText.tsx';
import { useContributionWords } from './contributionWords.ts';

interface Props {
  contribution: OwnContribution;
  /** Removing is possible now (the workshop has not ended). */
  removable: boolean;
  busy: boolean;
  onRemove: () => void;
}

/**
 * One contribution: its words (or "Ditt svar"), what it is and where it stands, in words; and
 * "Ta bort", confirmed in place since a removal cannot be undone.
 */
export function ContributionRow({ contribution: c, removable, busy, onRemove }: Props) {
  const s = useContributionWords();
  const what =
    c.kind === 'response'
      ? c.parts && c.parts > 1
        ? s('responseParts', { n: c.parts })
        : s('response')
      : (c.text ?? '');
  return (
    <li className="my-contribution">
      <p className="my-contribution-what">{c.kind === 'response' ? what : <UserText text={what} />}</p>
      {c.kind !== 'response' && (
        <p className="my-contribution-about">
          {c.kind === 'item' ? s('item') : s('post')}
          {c.status && ` · ${s(`status.${c.status}`)}`}
        </p>
      )}
      {c.shared && <p className="my-contribution-about">{s('shared')}</p>}
      {removable && (
        <ConfirmInPlace
          label={s('remove')}
          ariaLabel={s('removeLabel', { what })}
          warning={c.shared ? s('confirmShared') : s('confirm')}
          confirmLabel={s('yes')}
          cancelLabel={s('cancel')}
          busy={busy}
          onConfirm={onRemove}
        />
      )}
    </li>
  );
}
