import type { CloudTerm } from '../../../shared/activities/wordcloud/types.ts';
import { plural } from '../../i18n/useT.ts';
import { useS } from './strings.ts';

interface Props {
  terms: readonly CloudTerm[];
  /** Visually hidden (the projector: for screen readers only) or shown (a phone's list view). */
  hidden?: boolean;
  id?: string;
}

/** The cloud's terms as a ranked list with counts: what a screen reader gets instead of sizes. */
export function TermList({ terms, hidden = false, id }: Props) {
  const s = useS();
  return (
    <ol id={id} className={hidden ? 'visually-hidden' : 'wordcloud-list'} aria-label={s('cloud.listHeading')}>
      {terms.map((t) => (
        <li key={t.key}>
          <span className="wordcloud-list-word">{t.word}</span>{' '}
          <span className="wordcloud-list-count">{plural(s, t.count, 'cloud.countOne', 'cloud.count')}</span>
        </li>
      ))}
    </ol>
  );
}
