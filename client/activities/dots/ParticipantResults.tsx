import type { NumberedVoteItem, Tally } from '../../../shared/activities/dots/types.ts';
import { ResultsSection } from './ResultsSection.tsx';
import { useResultS } from './resultStrings.ts';

interface Props {
  /** The source list, whose texts label the rows. */
  docId: string;
  items: readonly NumberedVoteItem[];
  tally: Tally;
}

export function ParticipantResults({ docId, items, tally }: Props) {
  const s = useResultS();
  return <ResultsSection heading={s('heading')} docId={docId} items={items} tally={tally} headingLevel={3} />;
}
