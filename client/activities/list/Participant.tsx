import { participantsMayEdit } from '../../../shared/activities/list/rules.ts';
import type { ListView } from '../../../shared/activities/list/types.ts';
import { useT } from '../../i18n/useT.ts';
import { useActivityView } from '../../stores/workshopStore.ts';
import { useOpenTexts, useTextsDoc } from '../../views/useTexts.ts';
import { activityLabel } from '../index.ts';
import type { ActivityViewProps } from '../types.ts';
import { AddPriorityForm } from './AddPriorityForm.tsx';
import { listPromptOf } from './config.ts';
import { PriorityField } from './PriorityField.tsx';
import { useS } from './strings.ts';
import { TextsNotices } from './TextsNotices.tsx';
import './list.css';

/** The co-edited list on a phone: everyone writes in the same texts, and may add new ones. */
export default function ListParticipant({ workshopId, activity }: ActivityViewProps) {
  const t = useT();
  const s = useS();
  useOpenTexts(activity.id);
  const view = useActivityView<ListView>(activity.id);
  const { refused, fatal } = useTextsDoc(activity.id);
  // A full document refuses every keystroke; typing on would only resync it again and again.
  const editable = participantsMayEdit(activity) && refused !== 'DOCUMENT_FULL' && !fatal;
  const visible = (view?.items ?? []).filter((p) => !p.hidden);
  const prompt = listPromptOf(activity.config);
  const headingId = `list-heading-${activity.id}`;
  return (
    <section aria-labelledby={headingId} className="stack">
      <h2 id={headingId}>{activityLabel(t, activity)}</h2>
      {prompt && <p className="prompt">{prompt}</p>}
      {editable ? (
        <p>{s('collectIntro')}</p>
      ) : (
        <div className="notice locked" role="status">
          <p>{s('locked')}</p>
          <p>{t('live.wait')}</p>
        </div>
      )}
      <TextsNotices fatal={fatal} refused={refused} lockedText={s('refused')} />
      {visible.length === 0 ? (
        <p>{s('empty')}</p>
      ) : (
        <ol className="priority-list">
          {visible.map((p) => (
            <li key={p.id}>
              <PriorityField
                docId={activity.id}
                id={p.id}
                n={p.n}
                mergedFrom={p.mergedFrom}
                editable={editable}
              />
            </li>
          ))}
        </ol>
      )}
      {editable && <AddPriorityForm workshopId={workshopId} activityId={activity.id} />}
    </section>
  );
}
