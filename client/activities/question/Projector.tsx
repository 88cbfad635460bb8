import { useRef } from 'react';
import { sortPosts } from '../../../shared/activities/question/rules.ts';
import type {
  QuestionPost,
  QuestionResults,
  QuestionView,
} from '../../../shared/activities/question/types.ts';
import { plural } from '../../i18n/useT.ts';
import { useActivityResults, useActivityView } from '../../stores/workshopStore.ts';
import type { ActivityViewProps } from '../types.ts';
import { questionConfigOf, roomPosts, viewOrEmpty } from './config.ts';
import { PostMeta } from './PostMeta.tsx';
import { useStaffS } from './staffStrings.ts';
import { useS } from './strings.ts';
import { usePaging } from './usePaging.ts';
import './question.css';
import { UserText } from '../../components/UserText.tsx';

/** Cards rendered past the page's start: more than any page can hold, few enough to stay cheap. */
const WINDOW = 24;

/**
 * The posts on the big screen as they arrive: newest first for answers, by the facilitator's
 * order for questions (answered ones leave the stage), the highlighted post large on top. Cards
 * that do not fit go to the next page, turned by themselves with a pause button.
 */
export default function QuestionProjector({ activity }: ActivityViewProps) {
  const s = useS();
  const staff = useStaffS();
  const config = questionConfigOf(activity.config);
  const view = viewOrEmpty(useActivityView<QuestionView>(activity.id));
  const results = useActivityResults<QuestionResults>(activity.id);
  const pageRef = useRef<HTMLDivElement>(null);
  const posts = roomPosts(view, activity.revealed ? results : null);
  const highlighted = posts.find((p) => p.highlighted);
  const onStage = posts.filter((p) => p !== highlighted && !(config?.mode === 'qa' && p.answered));
  const ordered = sortPosts(onStage, config?.mode === 'qa' ? config.sort : 'time');
  const paging = usePaging(pageRef, ordered.length);
  if (!config) return null;

  const waitingForReveal = view.withheld && !activity.revealed;
  const phase =
    activity.status === 'draft'
      ? staff('projector.notOpen')
      : activity.status === 'closed'
        ? staff('projector.closed')
        : config.mode === 'qa'
          ? staff('projector.asking')
          : staff('projector.answering');
  const shownCards = ordered.slice(paging.first, paging.first + WINDOW);
  const last = Math.min(ordered.length, paging.first + paging.fit);
  return (
    <div className="projector-results question-projector">
      <div className="question-projector-head">
        <p className="question-projector-count" role="status">
          {phase} · {plural(s, view.shown, 'postsOne', 'posts')}
        </p>
      </div>
      {config.prompt && <p className="question-prompt user-text">{config.prompt}</p>}
      {waitingForReveal ? (
        <p className="waiting">{staff('projector.withheld')}</p>
      ) : (
        <>
          {highlighted && (
            <ul className="question-list">
              <Card post={highlighted} mode={config.mode} highlighted />
            </ul>
          )}
          <div className="question-page" ref={pageRef}>
            <ul className="question-list">
              {shownCards.map((p, i) => (
                <Card key={p.id} post={p} mode={config.mode} later={i >= paging.fit} />
              ))}
            </ul>
          </div>
          {paging.more && (
            <div className="question-pager">
              <span>
                {staff('projector.range', { from: paging.first + 1, to: last, total: ordered.length })}
              </span>
              <button type="button" className="button" onClick={paging.togglePause}>
                {paging.paused ? staff('projector.resume') : staff('projector.pause')}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

interface CardProps {
  post: QuestionPost;
  mode: 'answers' | 'qa';
  highlighted?: boolean;
  /** Laid out to be measured, shown on a later page. */
  later?: boolean;
}

function Card({ post, mode, highlighted = false, later = false }: CardProps) {
  const s = useS();
  const className = ['question-card', highlighted ? 'highlighted' : '', later ? 'question-later' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li className={className} aria-hidden={later || undefined}>
      {highlighted && mode === 'qa' && <p className="question-now">{s('qa.now')}</p>}
      <UserText as="p" className="question-text" text={post.text} />
      <div className="question-meta">
        <PostMeta post={post} />
        {mode === 'qa' && (
          <span className="question-votes">{plural(s, post.upvotes, 'votesOne', 'votes')}</span>
        )}
      </div>
    </li>
  );
}
