import { errorKey, useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { useYjsStore } from '../../stores/yjsStore.ts';
import { AddPriorityForm } from './AddPriorityForm.tsx';
import { PriorityField } from './PriorityField.tsx';

interface Props {
  workshopId: string;
  editable: boolean;
}

export function CollectPanel({ workshopId, editable: open }: Props) {
  const t = useT();
  const priorities = useWorkshopStore((s) => s.state?.priorities);
  const refused = useYjsStore((s) => s.refused);
  // A full document refuses every keystroke; typing on would only resync it again and again.
  const editable = open && refused !== 'DOCUMENT_FULL';
  const visible = (priorities ?? []).filter((p) => !p.hidden);
  return (
    <section aria-labelledby="collect-heading" className="stack">
      <h2 id="collect-heading">{t('live.collectHeading')}</h2>
      {editable ? (
        <p>{t('live.collectIntro')}</p>
      ) : (
        <div className="notice locked" role="status">
          <p>{t('live.locked')}</p>
          <p>{t('live.wait')}</p>
        </div>
      )}
      {refused && (
        <p className="notice warning" role="alert">
          {refused === 'LOCKED' ? t('live.refused') : t(errorKey(refused))}
        </p>
      )}
      {visible.length === 0 ? (
        <p>{t('live.empty')}</p>
      ) : (
        <ol className="priority-list">
          {visible.map((p, i) => (
            <li key={p.id}>
              <PriorityField id={p.id} index={i} editable={editable} />
            </li>
          ))}
        </ol>
      )}
      {editable && <AddPriorityForm workshopId={workshopId} />}
    </section>
  );
}
