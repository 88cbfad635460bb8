import { useRef } from 'react';
import { sortPosts } from '../../../shared/activities/question/rules.ts';
import type { QuestionPost, QuestionSort } from '../../../shared/activities/question/types.ts';

/**
 * Posts in `by` order, re-sorted only when the order is chosen again or posts come and go: a
 * count changing under someone's thumb never moves the button they are about to press.
 */
export function useStableOrder(
  posts: readonly QuestionPost[],
  by: QuestionSort,
  round: number,
): QuestionPost[] {
  const order = useRef<{ key: string; ids: string[] }>({ key: '', ids: [] });
  const key = `${by}|${round}|${posts.map((p) => p.id).join(',')}`;
  if (order.current.key !== key) order.current = { key, ids: sortPosts(posts, by).map((p) => p.id) };
  const byId = new Map(posts.map((p) => [p.id, p]));
  return order.current.ids.flatMap((id) => byId.get(id) ?? []);
}
