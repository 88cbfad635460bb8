import { useId, useState } from 'react';
import type { WordcloudResults } from '../../../shared/activities/wordcloud/types.ts';
import { plural } from '../../i18n/useT.ts';
import { Cloud } from './Cloud.tsx';
import { useS } from './strings.ts';
import { TermList } from './TermList.tsx';

/** Words drawn on a phone; the rest are in the list view. */
const PHONE_TERMS = 30;

/**
 * The revealed cloud on a phone, with a switch to the same terms as a list with counts (the
 * cloud itself says nothing to a screen reader, and small words are easier read in a list).
 */
export function RoomCloud({
  results,
  headingLevel = 3,
}: {
  results: WordcloudResults;
  headingLevel?: 2 | 3;
}) {
  const s = useS();
  const id = useId();
  const [asList, setAsList] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`${id}-heading`} className="stack wordcloud-room">
      <Heading id={`${id}-heading`}>{s('cloud.heading')}</Heading>
      <p className="hint">{plural(s, results.answers, 'cloud.answersOne', 'cloud.answers')}</p>
      {results.terms.length === 0 ? (
        <p>{s('cloud.empty')}</p>
      ) : (
        <>
          <button
            type="button"
            className="button"
            aria-pressed={asList}
            aria-controls={`${id}-list`}
            onClick={() => setAsList(!asList)}
          >
            {s('cloud.asList')}
          </button>
          {!asList && <Cloud terms={results.terms.slice(0, PHONE_TERMS)} variant="phone" />}
          <TermList id={`${id}-list`} terms={results.terms} hidden={!asList} />
        </>
      )}
    </section>
  );
}
