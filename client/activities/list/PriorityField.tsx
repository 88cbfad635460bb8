import { LIMITS } from '../../../shared/limits.ts';
import { YTextArea } from '../../components/YTextArea.tsx';
import { useT } from '../../i18n/useT.ts';
import { usePriorityText } from '../../views/useTexts.ts';
import { WritersNote } from '../../views/WritersNote.tsx';

interface Props {
  /** The list's document. */
  docId: string;
  id: string;
  index: number;
  editable: boolean;
}

export function PriorityField({ docId, id, index, editable }: Props) {
  const t = useT();
  const text = usePriorityText(docId, id);
  return (
    <div>
      <YTextArea
        id={`priority-${id}`}
        label={t('live.priority', { n: index + 1 })}
        text={text}
        readOnly={!editable}
        maxLength={LIMITS.priorityTextLength}
        placeholder={t('live.loadingText')}
      />
      <WritersNote itemId={id} />
    </div>
  );
}
