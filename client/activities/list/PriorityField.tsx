import { LIMITS } from '../../../shared/limits.ts';
import { YTextArea } from '../../components/YTextArea.tsx';
import { usePriorityText } from '../../views/useTexts.ts';
import { WritersNote } from '../../views/WritersNote.tsx';
import { useS } from './strings.ts';

interface Props {
  /** The list's document. */
  docId: string;
  id: string;
  index: number;
  editable: boolean;
}

export function PriorityField({ docId, id, index, editable }: Props) {
  const s = useS();
  const text = usePriorityText(docId, id);
  return (
    <div>
      <YTextArea
        id={`priority-${id}`}
        label={s('priority', { n: index + 1 })}
        text={text}
        readOnly={!editable}
        maxLength={LIMITS.priorityTextLength}
        placeholder={s('loadingText')}
      />
      <WritersNote itemId={id} />
    </div>
  );
}
