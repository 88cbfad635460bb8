import type { QuestionMode, QuestionPost } from '../../../shared/activities/question/types.ts';
import { UserText } from '../../components/UserText.tsx';
import { plural } from '../../i18n/useT.ts';
import { startOf } from './MinePosts.tsx';
import { PostMeta } from './PostMeta.tsx';
import { useStaffS } from './staffStrings.ts';
import { useS } from './strings.ts';

export type AdminAction = 'approve' | 'hide' | 'restore' | 'highlight' | 'markAnswered';

interface Props {
  post: QuestionPost;
  mode: QuestionMode;
  act: (name: AdminAction, post: QuestionPost, on?: boolean) => void;
}

/**
 * One post in the control room with what can be done to it. The first button keeps its place
 * whatever the status (Godkänn → Dölj → Visa igen), so focus stays on it when the post changes.
 */
export function AdminCard({ post, mode, act }: Props) {
  const s = useS();
  const staff = useStaffS();
  const status = post.status ?? 'shown';
  const text = startOf(post.text);
  const button = (label: string, onClick: () => void, extra = '') => (
    <button
      type="button"
      className={`button small ${extra}`}
      aria-label={staff('admin.actionFor', { action: label, text })}
      onClick={onClick}
    >
      {label}
    </button>
  );
  const classes = ['question-card', `status-${status}`, post.highlighted ? 'highlighted' : ''];
  return (
    <li className={classes.join(' ')} data-entry={post.id}>
      <UserText as="p" className="question-text" text={post.text} />
      <div className="question-meta">
        <PostMeta post={post} />
        {status === 'pending' && <span className="question-marker">{staff('admin.pending')}</span>}
        {status === 'hidden' && <span className="question-marker">{staff('admin.hidden')}</span>}
        {post.filtered && <span className="question-marker">{staff('admin.filtered')}</span>}
        {post.highlighted && <span className="question-now">{s('qa.now')}</span>}
        {mode === 'qa' && status === 'shown' && (
          <span className="question-votes">{plural(s, post.upvotes, 'votesOne', 'votes')}</span>
        )}
      </div>
      <div className="question-actions">
        {status === 'pending'
          ? button(staff('admin.approve'), () => act('approve', post), 'primary')
          : status === 'shown'
            ? button(staff('admin.hide'), () => act('hide', post))
            : button(staff('admin.restore'), () => act('restore', post))}
        {status === 'pending' && button(staff('admin.hide'), () => act('hide', post))}
        {status === 'shown' &&
          button(post.highlighted ? staff('admin.unhighlight') : staff('admin.highlight'), () =>
            act('highlight', post, !post.highlighted),
          )}
        {status === 'shown' &&
          mode === 'qa' &&
          button(post.answered ? staff('admin.unmarkAnswered') : staff('admin.markAnswered'), () =>
            act('markAnswered', post, !post.answered),
          )}
      </div>
    </li>
  );
}
