import type { QuestionPost } from '../../../shared/activities/question/types.ts';
import { SectorChip } from '../../components/SectorChip.tsx';
import { useS } from './strings.ts';

/** A post's number, sector (as a word beside its colour) and writer's name when names are shown. */
export function PostMeta({ post }: { post: Pick<QuestionPost, 'n' | 'sector' | 'author'> }) {
  const s = useS();
  return (
    <>
      <span className="question-number">{s('number', { n: post.n })}</span>
      {post.sector && <SectorChip sector={post.sector} />}
      {post.author && <span className="question-author user-text">{post.author}</span>}
    </>
  );
}
