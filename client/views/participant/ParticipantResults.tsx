import type { Tally } from '../../../shared/domain/workshop.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../stores/workshopStore.ts';
import { ResultsSection } from '../ResultsSection.tsx';

export function ParticipantResults({ tally }: { tally: Tally }) {
  const t = useT();
  const priorities = useWorkshopStore((s) => s.state?.priorities) ?? [];
  return <ResultsSection heading={t('results.heading')} priorities={priorities} tally={tally} />;
}
