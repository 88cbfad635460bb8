import type { Tally, VoteItem } from '../../../shared/activities/dots/types.ts';
import { useT } from '../../i18n/useT.ts';
import { ResultsSection } from './ResultsSection.tsx';

interface Props {
  /** The source list, whose texts label the rows. */
  docId: string;
  items: readonly VoteItem[];
  tally: Tally;
}

export function ParticipantResults({ docId, items, tally }: Props) {
  const t = useT();
  return (
    <ResultsSection
      heading={t('results.heading')}
      docId={docId}
      items={items}
      tally={tally}
      headingLevel={3}
    />
  );
}
