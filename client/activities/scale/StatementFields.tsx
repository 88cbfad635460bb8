import { SCALE_LIMITS } from '../../../shared/activities/scale/types.ts';
import { TextItemsEditor } from '../../components/TextItemsEditor.tsx';
import { useStaffS } from './staffStrings.ts';
import type { ScaleSetup } from './useScaleSetup.ts';

/** The statements to rate, in the shared editor of short texts. */
export function StatementFields({ setup, base }: { setup: ScaleSetup; base: string }) {
  const staff = useStaffS();
  return (
    <TextItemsEditor
      items={setup.draft.statements}
      base={base}
      maxLength={SCALE_LIMITS.statementLength}
      canAdd={setup.canAdd}
      errorOf={(id) => (setup.problems[id] !== undefined ? staff('setup.empty') : null)}
      onText={setup.setText}
      onMove={setup.move}
      onRemove={setup.remove}
      onAdd={setup.add}
      words={{
        legend: staff('setup.statements'),
        item: (n) => staff('setup.statementN', { n }),
        up: (n) => staff('setup.up', { n }),
        down: (n) => staff('setup.down', { n }),
        remove: (n) => staff('setup.remove', { n }),
        add: staff('setup.add'),
        full: staff('setup.max', { n: SCALE_LIMITS.statements }),
      }}
    />
  );
}
