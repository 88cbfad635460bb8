import { MATRIX_LIMITS } from '../../../shared/activities/matrix/types.ts';
import { TextItemsEditor } from '../../components/TextItemsEditor.tsx';
import { useStaffS } from './staffStrings.ts';
import type { MatrixSetup } from './useMatrixSetup.ts';

/** The items to place, in the shared editor of short texts. */
export function ItemFields({ setup, base }: { setup: MatrixSetup; base: string }) {
  const staff = useStaffS();
  return (
    <TextItemsEditor
      items={setup.draft.items}
      base={base}
      maxLength={MATRIX_LIMITS.itemLength}
      canAdd={setup.canAdd}
      errorOf={(id) => (setup.problems[id] !== undefined ? staff('setup.empty') : null)}
      onText={setup.setText}
      onMove={setup.move}
      onRemove={setup.remove}
      onAdd={setup.add}
      words={{
        legend: staff('setup.items'),
        item: (n) => staff('setup.itemN', { n }),
        up: (n) => staff('setup.up', { n }),
        down: (n) => staff('setup.down', { n }),
        remove: (n) => staff('setup.remove', { n }),
        add: staff('setup.add'),
        full: staff('setup.max', { n: MATRIX_LIMITS.items }),
      }}
    />
  );
}
