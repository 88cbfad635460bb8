import { useState } from 'react';
import type { PriorityView } from '../../../shared/domain/workshop.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { YTextArea } from '../../components/YTextArea.tsx';
import { useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { usePriorityText } from '../useTexts.ts';
import { WritersNote } from '../WritersNote.tsx';
import { MergeControl } from './MergeControl.tsx';
import { TextVersions } from './TextVersions.tsx';

interface Props {
  priority: PriorityView;
  index: number;
  count: number;
  targets: { id: string; label: string }[];
}

/** Hide and reorder are undone by doing the opposite, so they act at once, without asking. */
export function PriorityAdminItem({ priority, index, count, targets }: Props) {
  const t = useT();
  const text = usePriorityText(priority.id);
  const [merging, setMerging] = useState(false);
  const n = index + 1;
  const move = (toIndex: number) => void tracked('priority:move', { priorityId: priority.id, toIndex });
  return (
    <li className={`admin-item ${priority.hidden ? 'is-hidden' : ''}`}>
      <YTextArea
        id={`admin-priority-${priority.id}`}
        label={`${t('live.priority', { n })}${priority.hidden ? ` (${t('room.hiddenTag')})` : ''}`}
        text={text}
        readOnly={false}
        maxLength={LIMITS.priorityTextLength}
        placeholder={t('live.loadingText')}
      />
      <WritersNote itemId={priority.id} />
      <div className="button-row tools">
        <button
          type="button"
          className="button small"
          disabled={index === 0}
          onClick={() => move(index - 1)}
          aria-label={t('room.moveUp', { n })}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="button small"
          disabled={index === count - 1}
          onClick={() => move(index + 1)}
          aria-label={t('room.moveDown', { n })}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => void tracked('priority:hide', { priorityId: priority.id, hidden: !priority.hidden })}
        >
          {priority.hidden ? t('room.show', { n }) : t('room.hide', { n })}
        </button>
        {targets.length > 0 && !merging && (
          <button type="button" className="button small" onClick={() => setMerging(true)}>
            {t('room.merge', { n })}
          </button>
        )}
      </div>
      {merging && (
        <MergeControl sourceId={priority.id} n={n} targets={targets} onDone={() => setMerging(false)} />
      )}
      <TextVersions itemId={priority.id} label={t('live.priority', { n })} />
    </li>
  );
}
