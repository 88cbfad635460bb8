import type { LabelledVoteItem, Tally } from '../../../shared/activities/dots/types.ts';
import { ResultsSection } from './ResultsSection.tsx';
import { useResultS } from './resultStrings.ts';

interface Props {
  items: readonly LabelledVoteItem[];
  tally: Tally;
}

export function ParticipantResults({ items, tally }: Props) {
  const s = useResultS();
  return <ResultsSection heading={s('heading')} items={items} tally={tally} headingLevel={3} />;
}
