import type { PriorityView } from '../../../shared/domain/workshop.ts';
import { useT } from '../../i18n/useT.ts';
import { AddPriorityForm } from '../participant/AddPriorityForm.tsx';
import { usePriorityLabels } from '../useTexts.ts';
import { PriorityAdminItem } from './PriorityAdminItem.tsx';

interface Props {
  workshopId: string;
  priorities: PriorityView[];
}

/** All priorities, hidden ones included, with the facilitator's tools beside each. */
export function PriorityAdmin({ workshopId, priorities }: Props) {
  const t = useT();
  const labels = usePriorityLabels(priorities);
  return (
    <div className="stack">
      {priorities.length === 0 && <p>{t('live.empty')}</p>}
      <ol className="admin-list">
        {priorities.map((p, i) => (
          <PriorityAdminItem
            key={p.id}
            priority={p}
            index={i}
            count={priorities.length}
            targets={priorities
              .map((o, j) => ({ id: o.id, label: `${j + 1}. ${labels[o.id] ?? ''}` }))
              .filter((o) => o.id !== p.id)}
          />
        ))}
      </ol>
      <AddPriorityForm workshopId={workshopId} idPrefix="admin-add" />
    </div>
  );
}
