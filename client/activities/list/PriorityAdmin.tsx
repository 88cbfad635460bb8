import type { PriorityView } from '../../../shared/activities/list/types.ts';
import { usePriorityLabels } from '../../views/useTexts.ts';
import { PriorityAdminItem } from './PriorityAdminItem.tsx';
import { useS } from './strings.ts';

interface Props {
  /** The list, whose id is also its texts' document. */
  activityId: string;
  items: readonly PriorityView[];
  /** Hidden items' texts (item id → text), kept out of the shared document by the server. */
  hiddenTexts: Readonly<Record<string, string>>;
}

/** All priorities, hidden ones included, with the facilitator's tools beside each. */
export function PriorityAdmin({ activityId, items, hiddenTexts }: Props) {
  const s = useS();
  const labels = usePriorityLabels(activityId, items);
  if (items.length === 0) return <p>{s('empty')}</p>;
  return (
    <ol className="admin-list">
      {items.map((p, i) => (
        <PriorityAdminItem
          key={p.id}
          activityId={activityId}
          priority={p}
          index={i}
          count={items.length}
          hiddenText={hiddenTexts[p.id]}
          targets={items
            .map((o) => ({ id: o.id, label: `${o.n}. ${hiddenTexts[o.id] ?? labels[o.id] ?? ''}` }))
            .filter((o) => o.id !== p.id)}
        />
      ))}
    </ol>
  );
}
