import { RANKING_LIMITS } from '../../../shared/activities/ranking/types.ts';
import { TextItemsEditor } from '../../components/TextItemsEditor.tsx';
import { useStaffS } from './staffStrings.ts';
import type { RankingSetupForm } from './useRankingSetup.ts';

/** The items to rank, in the shared editor of short texts; a ranking needs at least two. */
export function ItemFields({ form, base }: { form: RankingSetupForm; base: string }) {
  const staff = useStaffS();
  return (
    <div id={`${base}-items`}>
      <TextItemsEditor
        items={form.draft.items}
        base={base}
        maxLength={RANKING_LIMITS.itemLength}
        canAdd={form.canAdd}
        min={RANKING_LIMITS.itemsMin}
        errorOf={(id) => (form.empty.includes(id) ? staff('setup.empty') : null)}
        onText={form.setText}
        onMove={form.move}
        onRemove={form.remove}
        onAdd={form.add}
        words={{
          legend: staff('setup.items'),
          item: (n) => staff('setup.item', { n }),
          up: (n) => staff('setup.up', { n }),
          down: (n) => staff('setup.down', { n }),
          remove: (n) => staff('setup.remove', { n }),
          add: staff('setup.add'),
          full: staff('setup.max', { n: RANKING_LIMITS.itemsMax }),
        }}
      />
      {form.tooFew && <p className="error">{staff('setup.tooFew', { n: RANKING_LIMITS.itemsMin })}</p>}
    </div>
  );
}
