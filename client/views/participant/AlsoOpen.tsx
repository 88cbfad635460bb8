import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { activityLabel } from '../../activities/index.ts';
import { useT } from '../../i18n/useT.ts';

interface Props {
  activities: readonly ActivitySummary[];
  onShow: (activityId: string) => void;
}

/** Other open activities, to answer at one's own pace: a button each shows it instead. */
export function AlsoOpen({ activities, onShow }: Props) {
  const t = useT();
  return (
    <nav aria-labelledby="also-open-heading" className="also-open">
      <h2 id="also-open-heading">{t('activity.alsoOpen')}</h2>
      <ul>
        {activities.map((a) => (
          <li key={a.id}>
            <button type="button" className="button" onClick={() => onShow(a.id)}>
              {activityLabel(t, a)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
