import type { QuestionPost } from '../../../shared/activities/question/types.ts';
import { useSectorLabel } from '../../views/useSectorLabel.ts';
import { useS } from './strings.ts';

/** A post's number, sector (as a word beside its colour) and writer's name when names are shown. */
export function PostMeta({ post }: { post: Pick<QuestionPost, 'n' | 'sector' | 'author'> }) {
  const s = useS();
  const sectorLabel = useSectorLabel();
  return (
    <>
      <span className="question-number">{s('number', { n: post.n })}</span>
      {post.sector && (
        <span className="sector-chip">
          <span className={`swatch sector-${post.sector}`} aria-hidden="true" />
          {sectorLabel(post.sector)}
        </span>
      )}
      {post.author && <span className="question-author user-text">{post.author}</span>}
    </>
  );
}
