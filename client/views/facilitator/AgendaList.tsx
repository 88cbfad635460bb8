import type { ActivitySummary, WorkshopState } from '../../../shared/domain/workshop.ts';
import { activityLabel } from '../../activities/index.ts';
import { useT } from '../../i18n/useT.ts';

interface Props {
  state: WorkshopState;
  selectedId: string | null;
  onSelect: (activityId: string) => void;
}

/**
 * The agenda in order. Each entry is a button that shows the activity in the control room; its
 * status, and whether phones follow it, are written out, never only coloured.
 */
export function AgendaList({ state, selectedId, onSelect }: Props) {
  const t = useT();
  const tags = (a: ActivitySummary) => [
    ...(a.id === state.liveActivityId
      ? [{ key: 'live', className: 'live-tag', text: t('agenda.live') }]
      : []),
    { key: 'status', className: `status-tag is-${a.status}`, text: t(`agenda.${a.status}`) },
    ...(a.locked ? [{ key: 'locked', className: 'status-tag', text: t('agenda.lockedTag') }] : []),
    ...(a.revealed ? [{ key: 'revealed', className: 'status-tag', text: t('agenda.revealedTag') }] : []),
  ];
  if (state.agenda.length === 0) return <p>{t('agenda.empty')}</p>;
  return (
    <ol className="agenda-list">
      {state.agenda.map((a, i) => (
        <li key={a.id}>
          <button
            type="button"
            className="agenda-item"
            aria-current={a.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(a.id)}
          >
            <span className="agenda-name">
              {i + 1}. {activityLabel(t, a)}
            </span>
            {/* The commas keep the button's accessible name readable: "1. Prioriteringar, Öppen". */}
            <span className="agenda-tags">
              {tags(a).map((tag) => (
                <span key={tag.key} className={`tag ${tag.className}`}>
                  <span className="visually-hidden">, </span>
                  {tag.text}
                </span>
              ))}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
