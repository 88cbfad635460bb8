import type { Tally } from '../../../shared/activities/dots/types.ts';
import { useT } from '../../i18n/useT.ts';
import { useActivityResults } from '../../stores/workshopStore.ts';
import { activityLabel } from '../index.ts';
import type { SetupProps } from '../types.ts';
import { useVoteRules } from './useVoteRules.ts';
import { VoteRulesForm } from './VoteRulesForm.tsx';

/** The server takes only a list as the source (server/activities/dots checkConfig). */
const SOURCE_TYPE = 'list';

/** Which list is voted on, and the round's rules. Opening the vote is the generic `open` control. */
export default function DotsSetup({ activity, agenda }: SetupProps) {
  const t = useT();
  const holdsDots = (useActivityResults<Tally>(activity.id)?.totalDots ?? 0) > 0;
  const rules = useVoteRules(activity, holdsDots);
  const lists = agenda
    .map((a, i) => ({ a, n: i + 1 }))
    .filter(({ a }) => a.type === SOURCE_TYPE)
    .map(({ a, n }) => ({ id: a.id, label: `${n}. ${activityLabel(t, a)}` }));
  return <VoteRulesForm rules={rules} lists={lists} />;
}
