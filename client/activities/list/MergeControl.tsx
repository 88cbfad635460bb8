import { useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { useStaffS } from './staffStrings.ts';

interface Props {
  activityId: string;
  sourceId: string;
  n: number;
  targets: { id: string; label: string }[];
  onDone: () => void;
}

const MAX_LABEL = 60;

/** A merge cannot be undone, so it takes a deliberate second step: pick the target, then confirm. */
export function MergeControl({ activityId, sourceId, n, targets, onDone }: Props) {
  const t = useT();
  const staff = useStaffS();
  const [targetId, setTargetId] = useState(targets[0]?.id ?? '');
  const selectId = `merge-${sourceId}`;
  const confirm = async () => {
    const ack = await tracked('activity:command', {
      activityId,
      name: 'merge',
      payload: { sourceId, targetId },
    });
    if (!ack.ok) return;
    onDone();
    // This item leaves the list with the button that had focus: focus goes to the merged text,
    // where the facilitator edits the result (never to the page).
    document.getElementById(`admin-priority-${targetId}`)?.focus();
  };
  return (
    <div className="merge panel">
      <div className="field">
        <label htmlFor={selectId}>{staff('admin.mergeInto', { n })}</label>
        <select id={selectId} value={targetId} onChange={(e) => setTargetId(e.target.value)}>
          {targets.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label.length > MAX_LABEL ? `${o.label.slice(0, MAX_LABEL)}…` : o.label}
            </option>
          ))}
        </select>
      </div>
      <p className="warning-text">{staff('admin.mergeWarning')}</p>
      <div className="button-row">
        <button type="button" className="button danger" onClick={() => void confirm()}>
          {staff('admin.mergeConfirm')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
