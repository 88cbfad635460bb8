import { useState } from 'react';
import type { QuestionMode, QuestionPost, QuestionSort } from '../../../shared/activities/question/types.ts';
import { UserText } from '../../components/UserText.tsx';
import { plural } from '../../i18n/useT.ts';
import { PostMeta } from './PostMeta.tsx';
import { SortToggle } from './SortToggle.tsx';
import { useS } from './strings.ts';
import { UpvoteButton } from './UpvoteButton.tsx';
import { useStableOrder } from './useStableOrder.ts';

interface Props {
  activityId: string;
  mode: QuestionMode;
  posts: readonly QuestionPost[];
  /** The participant's own post ids and the ids they upvoted. */
  own: ReadonlySet<string>;
  upvoted: ReadonlySet<string>;
  /** Upvoting is possible (a Q&A that is open). */
  canVote: boolean;
  /** Where the order starts: the facilitator's choice. */
  initialSort: QuestionSort;
}

/**
 * What the room sees on a phone. Answers: newest first. Q&A: the question being answered on top,
 * then the open ones in the chosen order with an upvote button each, then the answered ones.
 */
export function RoomPosts({ activityId, mode, posts, own, upvoted, canVote, initialSort }: Props) {
  const s = useS();
  const [sort, setSort] = useState<QuestionSort>(mode === 'qa' ? initialSort : 'time');
  const [round, setRound] = useState(0);
  const highlighted = mode === 'qa' ? posts.find((p) => p.highlighted) : undefined;
  const rest = posts.filter((p) => p !== highlighted);
  const ordered = useStableOrder(mode === 'qa' ? rest.filter((p) => !p.answered) : rest, sort, round);
  const answered = mode === 'qa' ? rest.filter((p) => p.answered) : [];
  const headingId = `question-room-${activityId}`;

  const card = (p: QuestionPost, extra = '') => (
    <li key={p.id} className={`question-card ${extra}`}>
      {p === highlighted && <p className="question-now">{s('qa.now')}</p>}
      <UserText as="p" className="question-text" text={p.text} />
      <div className="question-meta">
        <PostMeta post={p} />
        {mode === 'qa' &&
          (canVote && !own.has(p.id) ? (
            <UpvoteButton activityId={activityId} post={p} pressed={upvoted.has(p.id)} />
          ) : (
            <span className="question-votes">
              {own.has(p.id) && `${s('qa.yours')} · `}
              {plural(s, p.upvotes, 'votesOne', 'votes')}
            </span>
          ))}
      </div>
    </li>
  );

  return (
    <section aria-labelledby={headingId} className="stack">
      <div className="question-room-head">
        <h3 id={headingId}>
          {s(`${mode}.all`)} <span className="question-count">({posts.length})</span>
        </h3>
        {mode === 'qa' && posts.length > 1 && (
          <SortToggle
            value={sort}
            onChange={(by) => {
              setSort(by);
              setRound((r) => r + 1);
            }}
          />
        )}
      </div>
      {posts.length === 0 ? (
        <p>{s(`${mode}.none`)}</p>
      ) : (
        <ul className="question-list">
          {highlighted && card(highlighted, 'highlighted')}
          {ordered.map((p) => card(p))}
        </ul>
      )}
      {answered.length > 0 && (
        <details className="question-answered">
          <summary>
            {s('qa.answered')} ({answered.length})
          </summary>
          <ul className="question-list">{answered.map((p) => card(p, 'answered'))}</ul>
        </details>
      )}
    </section>
  );
}
