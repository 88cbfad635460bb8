import { useState } from 'react';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { ConfirmInPlace } from '../../components/ConfirmInPlace.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';

interface Props {
  activity: ActivitySummary;
  label: string;
  index: number;
  count: number;
  onSelect: (activityId: string) => void;
  onDeleted: () => void;
}

/**
 * Moving (buttons beside any dragging, for keyboards and screen readers), copying and deleting.
 * A move is undone by moving back, so it acts at once; deleting asks once more in place. The move
 * buttons stay focusable at the ends (aria-disabled), so focus is not lost when one stops applying.
 */
export function AgendaTools({ activity, label, index, count, onSelect, onDeleted }: Props) {
  const t = useT();
  const [error, setError] = useState<ErrorCode | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const first = index === 0;
  const last = index === count - 1;

  const report = (ok: boolean, code: ErrorCode | null, message = '') => {
    setError(ok ? null : code);
    setNote(ok ? message : '');
  };
  const move = async (toIndex: number) => {
    const ack = await tracked('agenda:move', { activityId: activity.id, toIndex });
    report(ack.ok, ack.ok ? null : ack.error.code);
  };
  const duplicate = async () => {
    const ack = await tracked('agenda:duplicate', { activityId: activity.id });
    report(ack.ok, ack.ok ? null : ack.error.code, t('activityEdit.duplicated'));
    if (ack.ok) onSelect(ack.data.activityId);
  };
  const remove = async () => {
    setBusy(true);
    const ack = await tracked('agenda:delete', { activityId: activity.id });
    setBusy(false);
    if (ack.ok) onDeleted();
    else report(false, ack.error.code);
  };

  return (
    <div className="stack agenda-tools">
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-disabled={first}
          aria-label={t('activityEdit.moveUp', { label })}
          onClick={() => !first && void move(index - 1)}
        >
          <span aria-hidden="true">↑ </span>
          {t('activityEdit.up')}
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={last}
          aria-label={t('activityEdit.moveDown', { label })}
          onClick={() => !last && void move(index + 1)}
        >
          <span aria-hidden="true">↓ </span>
          {t('activityEdit.down')}
        </button>
        <button type="button" className="button" onClick={() => void duplicate()}>
          {t('activityEdit.duplicate')}
        </button>
      </div>
      <ConfirmInPlace
        label={t('activityEdit.delete')}
        warning={t('activityEdit.deleteWarning')}
        confirmLabel={t('activityEdit.deleteConfirm')}
        cancelLabel={t('common.cancel')}
        busy={busy}
        onConfirm={() => void remove()}
      />
      <p className="form-feedback" role="status">
        {error ? t(errorKey(error)) : note}
      </p>
    </div>
  );
}
