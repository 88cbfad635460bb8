import { useState } from 'react';
import { MATRIX_LIMITS } from '../../../shared/activities/matrix/types.ts';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { errorKey, plural, useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { activityLabel } from '../index.ts';
import { useStaffS } from './staffStrings.ts';

interface Props {
  activityId: string;
  agenda: readonly ActivitySummary[];
  /** Placements are stored: the server would refuse, so say why instead of offering it. */
  holdsAnswers: boolean;
}

/**
 * "Hämta punkter från <lista>" for each list of the agenda: the server replaces the items by the
 * list's visible ones (`importItems`), and the form follows the stored config.
 */
export function ImportItems({ activityId, agenda, holdsAnswers }: Props) {
  const t = useT();
  const staff = useStaffS();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const lists = agenda.filter((a) => a.type === 'list');
  if (lists.length === 0) return null;
  const fetchFrom = async (fromActivityId: string) => {
    if (busy || holdsAnswers) return;
    setBusy(true);
    setMessage('');
    const ack = await tracked('activity:command', {
      activityId,
      name: 'importItems',
      payload: { fromActivityId },
    });
    setBusy(false);
    if (!ack.ok) {
      setMessage(
        ack.error.code === 'VOTE_RULES_LOCKED' ? staff('setup.importLocked') : t(errorKey(ack.error.code)),
      );
      return;
    }
    const data = ack.data as { imported?: number; leftOut?: number };
    const imported = data.imported ?? 0;
    const leftOut = data.leftOut ?? 0;
    setMessage(
      imported === 0
        ? staff('setup.importedNone')
        : `${plural(staff, imported, 'setup.importedOne', 'setup.imported')}${leftOut > 0 ? ` ${staff('setup.leftOut', { n: leftOut })}` : ''}`,
    );
  };
  return (
    <fieldset className="matrix-setup-import">
      <legend>{staff('setup.fromList')}</legend>
      <p className="hint">
        {holdsAnswers ? staff('setup.importLocked') : staff('setup.fromListHint', { n: MATRIX_LIMITS.items })}
      </p>
      <div className="button-row">
        {lists.map((list) => (
          <button
            key={list.id}
            type="button"
            className="button"
            aria-disabled={busy || holdsAnswers || undefined}
            onClick={() => void fetchFrom(list.id)}
          >
            {staff('setup.importFrom', { name: activityLabel(t, list) })}
          </button>
        ))}
      </div>
      <p className="form-feedback" role="status">
        {message}
      </p>
    </fieldset>
  );
}
