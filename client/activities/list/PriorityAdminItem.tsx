import { useState } from 'react';
import type { PriorityView } from '../../../shared/activities/list/types.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { isCaught } from '../../../shared/moderation/wordFilter.ts';
import { SectorChip } from '../../components/SectorChip.tsx';
import { YTextArea } from '../../components/YTextArea.tsx';
import { tracked } from '../../realtime/commands.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { usePriorityLabels, usePriorityText } from '../../views/useTexts.ts';
import { WritersNote } from '../../views/WritersNote.tsx';
import { MergeControl } from './MergeControl.tsx';
import { MergedNote } from './MergedNote.tsx';
import { useStaffS } from './staffStrings.ts';
import { useS } from './strings.ts';
import { TextVersions } from './TextVersions.tsx';

interface Props {
  activityId: string;
  priority: PriorityView;
  index: number;
  count: number;
  /** Its text while hidden (out of the shared document: read-only until shown again). */
  hiddenText: string | undefined;
  targets: { id: string; label: string }[];
}

/** Hide and reorder are undone by doing the opposite, so they act at once, without asking. */
export function PriorityAdminItem({ activityId, priority, index, count, hiddenText, targets }: Props) {
  const s = useS();
  const staff = useStaffS();
  const text = usePriorityText(activityId, priority.id);
  const [merging, setMerging] = useState(false);
  // Its number on every screen; `index` is only its place, for moving it.
  const n = priority.n;
  // The plain text, read again on every edit, for the word filter's marker.
  const fromDoc = usePriorityLabels(activityId, [priority])[priority.id] ?? '';
  const kept = priority.hidden ? hiddenText : undefined;
  const plain = kept ?? fromDoc;
  const caught = useWorkshopStore((s) => s.state?.settings.wordFilter ?? true) && isCaught(plain);
  const command = (name: string, payload: unknown) =>
    void tracked('activity:command', { activityId, name, payload });
  const move = (toIndex: number) => command('move', { itemId: priority.id, toIndex });
  return (
    <li className={`admin-item ${priority.hidden ? 'is-hidden' : ''}`}>
      {kept === undefined ? (
        <YTextArea
          id={`admin-priority-${priority.id}`}
          label={`${s('priority', { n })}${priority.hidden ? ` (${staff('admin.hiddenTag')})` : ''}`}
          text={text}
          readOnly={false}
          maxLength={LIMITS.priorityTextLength}
          placeholder={s('loadingText')}
        />
      ) : (
        <div className="field ytext">
          <label htmlFor={`admin-priority-${priority.id}`}>
            {`${s('priority', { n })} (${staff('admin.hiddenTag')})`}
          </label>
          <textarea
            id={`admin-priority-${priority.id}`}
            className="priority-text"
            rows={2}
            readOnly
            value={kept}
            aria-describedby={`admin-hidden-${priority.id}`}
          />
          <p id={`admin-hidden-${priority.id}`} className="hint">
            {staff('admin.hiddenHint')}
          </p>
        </div>
      )}
      <p className="admin-origin">
        {priority.createdBySector ? (
          <SectorChip sector={priority.createdBySector} prefix={staff('admin.from')} />
        ) : (
          staff('admin.seeded')
        )}
      </p>
      {caught && <p className="warning-text">{staff('admin.caught')}</p>}
      <MergedNote mergedFrom={priority.mergedFrom} />
      <WritersNote itemId={priority.id} />
      <div className="button-row tools">
        <button
          type="button"
          className="button small"
          // aria-disabled, not disabled: at the top, focus stays on the button (WCAG 2.4.3).
          aria-disabled={index === 0 ? true : undefined}
          onClick={() => index > 0 && move(index - 1)}
          aria-label={staff('admin.moveUp', { n })}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="button small"
          aria-disabled={index === count - 1 ? true : undefined}
          onClick={() => index < count - 1 && move(index + 1)}
          aria-label={staff('admin.moveDown', { n })}
        >
          <span aria-hidden="true">↓</span>
        </button>
        {/* Short words on the buttons; the number is in each button's name for screen readers. */}
        <button
          type="button"
          className="button small"
          aria-label={priority.hidden ? staff('admin.show', { n }) : staff('admin.hide', { n })}
          onClick={() => command('hide', { itemId: priority.id, hidden: !priority.hidden })}
        >
          {priority.hidden ? staff('admin.showShort') : staff('admin.hideShort')}
        </button>
        {targets.length > 0 && !merging && (
          <button
            type="button"
            className="button small"
            aria-label={staff('admin.merge', { n })}
            onClick={() => setMerging(true)}
          >
            {staff('admin.mergeShort')}
          </button>
        )}
      </div>
      {merging && (
        <MergeControl
          activityId={activityId}
          sourceId={priority.id}
          n={n}
          targets={targets}
          onDone={() => setMerging(false)}
        />
      )}
      <TextVersions activityId={activityId} itemId={priority.id} label={s('priority', { n })} />
    </li>
  );
}
