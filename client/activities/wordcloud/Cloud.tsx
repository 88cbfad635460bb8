import { cloudOrder, sizeStep } from '../../../shared/activities/wordcloud/cloud.ts';
import type { CloudTerm } from '../../../shared/activities/wordcloud/types.ts';

interface Props {
  /** Ranked, most frequent first: the ones to draw. */
  terms: readonly CloudTerm[];
  /** The projector's stage, the control room's panel or a phone: each has its size scale. */
  variant: 'stage' | 'panel' | 'phone';
}

/**
 * The cloud as the eye sees it: words in wrapping lines (no absolute positions, so nothing ever
 * overlaps and text zoom reflows it), sized in steps by how many gave them, the most frequent in
 * the middle. Its two tones only separate neighbours; they mean nothing. Hidden from screen
 * readers: each view gives the same terms as a ranked list with counts (TermList, the table).
 */
export function Cloud({ terms, variant }: Props) {
  const counts = terms.map((t) => t.count);
  const min = Math.min(...counts);
  const max = Math.max(...counts);
  const tone = new Map(terms.map((t, i) => [t.key, i % 2]));
  return (
    <ul className={`wordcloud wordcloud-size-${variant}`} aria-hidden="true">
      {cloudOrder(terms).map((t) => (
        <li
          key={t.key}
          className={`wordcloud-word step-${sizeStep(t.count, min, max)} tone-${tone.get(t.key)}`}
        >
          {t.word}
        </li>
      ))}
    </ul>
  );
}
