import type { DotsView, Tally } from '../../../shared/activities/dots/types.ts';
import { useT } from '../../i18n/useT.ts';
import { useActivity, useActivityResults, useActivityView } from '../../stores/workshopStore.ts';
import { activityLabel } from '../index.ts';
import type { ActivityViewProps } from '../types.ts';
import { ResultsSection } from './ResultsSection.tsx';
import { useResultS } from './resultStrings.ts';
import { useStaffS } from './staffStrings.ts';
import { dotsConfigOf } from './voting.ts';

/**
 * The live tally in the control room, labelled with the source list's texts (sent in the view),
 * and who has voted per sector. Facilitators get results whether revealed or not.
 */
export default function DotsFacilitator({ activity }: ActivityViewProps) {
  const t = useT();
  const s = useResultS();
  const staff = useStaffS();
  const config = dotsConfigOf(activity.config);
  const source = useActivity(config?.sourceActivityId ?? null);
  const view = useActivityView<DotsView>(activity.id);
  const tally = useActivityResults<Tally>(activity.id);
  if (!config) return <p className="notice">{t('activity.unknown')}</p>;
  const status =
    activity.status === 'open'
      ? staff('admin.open')
      : activity.status === 'closed'
        ? staff('admin.closed')
        : staff('admin.draft');
  return (
    <div className="stack">
      <p>{source ? staff('admin.source', { label: activityLabel(t, source) }) : staff('admin.noSource')}</p>
      <p>
        {status} {activity.revealed ? staff('admin.revealed') : staff('admin.hidden')}
      </p>
      {tally ? (
        <ResultsSection
          heading={staff('admin.tally')}
          items={view?.items ?? []}
          tally={tally}
          headingLevel={3}
        />
      ) : (
        <p>{s('none')}</p>
      )}
    </div>
  );
}
