import { useMemo } from 'react';
import { participantsMayEdit } from '../../../shared/activities/list/rules.ts';
import type { ListView } from '../../../shared/activities/list/types.ts';
import { isCaught } from '../../../shared/moderation/wordFilter.ts';
import { useT } from '../../i18n/useT.ts';
import { useActivityView, useWorkshopStore } from '../../stores/workshopStore.ts';
import { useOpenTexts, usePriorityLabels } from '../../views/useTexts.ts';
import { activityLabel } from '../index.ts';
import type { ActivityViewProps } from '../types.ts';
import { listPromptOf } from './config.ts';
import { MergedNote } from './MergedNote.tsx';
import { useStaffS } from './staffStrings.ts';
import './list.css';
import { UserText } from '../../components/UserText.tsx';

/**
 * The list on the big screen: the question and the priorities as the room writes them, so
 * everyone sees contributions arrive. Texts update live; the stage pages what does not fit.
 */
export default function ListProjector({ activity }: ActivityViewProps) {
  const t = useT();
  const staff = useStaffS();
  useOpenTexts(activity.id);
  const view = useActivityView<ListView>(activity.id);
  const shown = useMemo(() => (view?.items ?? []).filter((p) => !p.hidden), [view]);
  const labels = usePriorityLabels(activity.id, shown);
  // Texts are co-edited live, so the word filter cannot hold them back from the room's phones;
  // it keeps them off the big screen until someone changes the words.
  const filterOn = useWorkshopStore((s) => s.state?.settings.wordFilter ?? true);
  const visible = filterOn ? shown.filter((p) => !isCaught(labels[p.id] ?? '')) : shown;
  const held = shown.length - visible.length;
  const prompt = listPromptOf(activity.config);
  const writing = participantsMayEdit(activity);
  if (visible.length === 0) {
    return (
      <div className="projector-stage">
        {prompt && <p className="projector-prompt">{prompt}</p>}
        <p className="projector-phase" role="status">
          {writing ? staff('projector.collect') : activityLabel(t, activity)}
        </p>
      </div>
    );
  }
  return (
    <section className="projector-results projector-list" aria-labelledby={`projector-${activity.id}`}>
      <h2 id={`projector-${activity.id}`}>{activityLabel(t, activity)}</h2>
      {prompt && <p className="projector-prompt">{prompt}</p>}
      <ol className={visible.length > 6 ? 'projector-items two-columns' : 'projector-items'}>
        {visible.map((p) => (
          // The list's own number, as on phones and in the control room (not the place on screen).
          <li key={p.id} value={p.n}>
            <UserText text={labels[p.id] ?? ''} />
            <MergedNote mergedFrom={p.mergedFrom} tagOnly />
          </li>
        ))}
      </ol>
      {held > 0 && <p className="projector-held">{staff('projector.held', { n: held })}</p>}
    </section>
  );
}
