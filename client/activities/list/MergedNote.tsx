import type { Provenance } from '../../../shared/activities/list/types.ts';
import { UserText } from '../../components/UserText.tsx';
import { useSectorLabel } from '../../views/useSectorLabel.ts';
import { useS } from './strings.ts';

interface Props {
  mergedFrom: readonly Provenance[];
  /** The projector shows the tag only: no controls on the stage. */
  tagOnly?: boolean;
}

/**
 * Marks a merged priority, so it does not read as a duplicate: "Sammanslagen av 2", and the texts
 * that were merged into it (as they read when merged), with where they came from.
 */
export function MergedNote({ mergedFrom, tagOnly = false }: Props) {
  const s = useS();
  const sectorLabel = useSectorLabel();
  if (mergedFrom.length === 0) return null;
  const tag = <span className="merged-tag">{s('merged', { n: mergedFrom.length + 1 })}</span>;
  if (tagOnly) return tag;
  return (
    <details className="merged-note">
      <summary>
        {tag} <span className="merged-show">{s('mergedShow')}</span>
      </summary>
      <ul className="merged-texts">
        {mergedFrom.map((p) => (
          <li key={`${p.priorityId}-${p.mergedAt}`}>
            <UserText text={p.text} />
            {p.createdBySector && (
              <span className="merged-by">
                {' '}
                ({s('mergedBy', { sector: sectorLabel(p.createdBySector) })})
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
