import type { Provenance } from '../../../shared/activities/list/types.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { YTextArea } from '../../components/YTextArea.tsx';
import { usePriorityText } from '../../views/useTexts.ts';
import { WritersNote } from '../../views/WritersNote.tsx';
import { MergedNote } from './MergedNote.tsx';
import { useS } from './strings.ts';

interface Props {
  /** The list's document. */
  docId: string;
  id: string;
  /** The priority's number on every screen (the list's view), not its place in the list. */
  n: number;
  mergedFrom: readonly Provenance[];
  editable: boolean;
}

export function PriorityField({ docId, id, n, mergedFrom, editable }: Props) {
  const s = useS();
  const text = usePriorityText(docId, id);
  return (
    <div>
      <YTextArea
        id={`priority-${id}`}
        label={s('priority', { n })}
        text={text}
        readOnly={!editable}
        maxLength={LIMITS.priorityTextLength}
        placeholder={s('loadingText')}
      />
      <MergedNote mergedFrom={mergedFrom} />
      <WritersNote itemId={id} />
    </div>
  );
}
