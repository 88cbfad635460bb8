import { LIMITS } from '../../../shared/limits.ts';
import { YTextArea } from '../../components/YTextArea.tsx';
import { useT } from '../../i18n/useT.ts';
import { usePriorityText } from '../useTexts.ts';
import { WritersNote } from '../WritersNote.tsx';

interface Props {
  id: string;
  index: number;
  editable: boolean;
}

export function PriorityField({ id, index, editable }: Props) {
  const t = useT();
  const text = usePriorityText(id);
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
