import { asMine, EMPTY_MINE } from '../../../shared/activities/question/rules.ts';
import type { QuestionResults, QuestionView } from '../../../shared/activities/question/types.ts';
import { useT } from '../../i18n/useT.ts';
import { useMineStore } from '../../stores/mineStore.ts';
import { useActivityResults, useActivityView } from '../../stores/workshopStore.ts';
import { activityLabel } from '../index.ts';
import type { ActivityViewProps } from '../types.ts';
import { questionConfigOf, roomPosts, viewOrEmpty } from './config.ts';
import { MinePosts } from './MinePosts.tsx';
import { PostForm } from './PostForm.tsx';
import { RoomPosts } from './RoomPosts.tsx';
import { useS } from './strings.ts';
import './question.css';

/**
 * An open question or a Q&A on a phone: the field to write in while open, one's own posts with
 * their status, and what the room sees (with upvotes in a Q&A); once closed, the same as a recap.
 */
export default function QuestionParticipant({ activity }: ActivityViewProps) {
  const t = useT();
  const s = useS();
  const config = questionConfigOf(activity.config);
  const view = viewOrEmpty(useActivityView<QuestionView>(activity.id));
  const results = useActivityResults<QuestionResults>(activity.id);
  const mine = asMine(useMineStore((m) => m.byActivity[activity.id])) ?? EMPTY_MINE;
  const headingId = `question-heading-${activity.id}`;
  return (
    <section aria-labelledby={headingId} className="stack question">
      <h2 id={headingId}>{activityLabel(t, activity)}</h2>
      {config?.prompt && <p className="question-prompt user-text">{config.prompt}</p>}
      {body()}
    </section>
  );

  function body() {
    if (!config) return <p className="notice">{t('activity.unknown')}</p>;
    const { mode } = config;
    if (activity.status === 'draft') return <p className="waiting">{s(`${mode}.notOpen`)}</p>;
    const open = activity.status === 'open';
    const posts = roomPosts(view, activity.revealed ? results : null);
    const own = new Set(mine.posts.map((p) => p.id));
    return (
      <>
        {open ? (
          <>
            <p>{mode === 'qa' ? s('qa.intro') : s('answers.intro', { n: config.maxPerParticipant })}</p>
            <PostForm
              activityId={activity.id}
              mode={mode}
              left={config.maxPerParticipant - mine.posts.length}
            />
          </>
        ) : (
          <p className="waiting big-notice">{s(`${mode}.closed`)}</p>
        )}
        <MinePosts activityId={activity.id} mode={mode} posts={mine.posts} open={open} />
        {view.withheld && !activity.revealed ? (
          <p className="notice">{s('answers.withheld')}</p>
        ) : (
          <RoomPosts
            activityId={activity.id}
            mode={mode}
            posts={posts}
            own={own}
            upvoted={new Set(mine.upvoted)}
            canVote={open && mode === 'qa'}
            initialSort={config.sort}
          />
        )}
      </>
    );
  }
}
