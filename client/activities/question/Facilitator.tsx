import { useLayoutEffect, useRef, useState } from 'react';
import type {
  QuestionPost,
  QuestionResults,
  QuestionView,
} from '../../../shared/activities/question/types.ts';
import { SECTORS } from '../../../shared/domain/sectors.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { useActivityResults, useActivityView } from '../../stores/workshopStore.ts';
import { useSectorLabel } from '../../views/useSectorLabel.ts';
import type { ActivityViewProps } from '../types.ts';
import { type AdminAction, AdminCard } from './AdminCard.tsx';
import { questionConfigOf, viewOrEmpty } from './config.ts';
import { SortToggle } from './SortToggle.tsx';
import { useStaffS } from './staffStrings.ts';
import { useStableOrder } from './useStableOrder.ts';
import './question.css';

/** A post acted on from a list it is leaving: focus goes to what took its place there. */
interface Leaving {
  list: string;
  index: number;
}

/**
 * The control room's panel: the posts waiting for review first (approve or hide), then every
 * post with hide and restore, highlight and (Q&A) answered, and the counts per sector.
 */
export default function QuestionFacilitator({ activity }: ActivityViewProps) {
  const t = useT();
  const staff = useStaffS();
  const sectorLabel = useSectorLabel();
  const config = questionConfigOf(activity.config);
  const view = viewOrEmpty(useActivityView<QuestionView>(activity.id));
  const results = useActivityResults<QuestionResults>(activity.id);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [round, setRound] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const leaving = useRef<Leaving | null>(null);
  const mode = config?.mode ?? 'answers';
  const pending = view.posts.filter((p) => p.status === 'pending');
  const rest = view.posts.filter((p) => p.status !== 'pending' && !(mode === 'qa' && p.answered));
  const answered = mode === 'qa' ? view.posts.filter((p) => p.status !== 'pending' && p.answered) : [];
  const ordered = useStableOrder(rest, mode === 'qa' ? (config?.sort ?? 'votes') : 'time', round);

  // When the post whose button had focus left its list, focus the post now in its place, or the
  // list's heading when it is empty (WCAG 2.4.3).
  useLayoutEffect(() => {
    const target = leaving.current;
    const root = rootRef.current;
    if (!target || !root) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    leaving.current = null;
    const items = root.querySelectorAll<HTMLElement>(`[data-list="${target.list}"] > li`);
    const next = items[Math.min(target.index, items.length - 1)]?.querySelector('button');
    (next ?? root.querySelector<HTMLElement>(`#${target.list}-heading`))?.focus();
  });

  if (!config) return <p className="notice">{t('activity.unknown')}</p>;

  const act = async (name: AdminAction, post: QuestionPost, on?: boolean) => {
    setError(null);
    const list = post.status === 'pending' ? 'queue' : post.answered ? 'answered' : 'all';
    const index = (list === 'queue' ? pending : list === 'answered' ? answered : ordered).indexOf(post);
    if (name === 'approve' || name === 'markAnswered' || (name === 'hide' && list === 'queue'))
      leaving.current = { list: `question-${list}-${activity.id}`, index };
    const payload = on === undefined ? { entryId: post.id } : { entryId: post.id, on };
    const ack = await tracked('activity:command', { activityId: activity.id, name, payload });
    if (!ack.ok) setError(ack.error.code);
  };
  const setSort = async (by: 'votes' | 'time') => {
    setRound((r) => r + 1);
    const ack = await tracked('activity:command', { activityId: activity.id, name: 'sort', payload: { by } });
    if (!ack.ok) setError(ack.error.code);
  };
  const status =
    activity.status === 'open'
      ? staff('admin.open')
      : activity.status === 'closed'
        ? staff('admin.closed')
        : staff('admin.draft');
  const section = (
    key: 'queue' | 'all' | 'answered',
    title: string,
    posts: QuestionPost[],
    empty: string,
  ) => {
    const id = `question-${key}-${activity.id}`;
    return (
      <section aria-labelledby={`${id}-heading`} className={`stack question-${key}`}>
        <h3 id={`${id}-heading`} tabIndex={-1}>
          {title}
        </h3>
        {posts.length === 0 ? (
          <p>{empty}</p>
        ) : (
          <ul className="question-list" data-list={id}>
            {posts.map((p) => (
              <AdminCard key={p.id} post={p} mode={mode} act={(n, post, on) => void act(n, post, on)} />
            ))}
          </ul>
        )}
      </section>
    );
  };

  return (
    <div className="stack question" ref={rootRef}>
      <p>
        {status}{' '}
        {view.withheld && (activity.revealed ? staff('admin.revealedNote') : staff('admin.withheldNote'))}
      </p>
      <p className="question-admin-counts">
        {staff('admin.counts', { shown: view.shown, pending: view.pending ?? 0, hidden: view.hidden ?? 0 })}
      </p>
      {mode === 'qa' && (
        <SortToggle
          value={config.sort}
          onChange={(by) => void setSort(by)}
          label={staff('admin.projectorSort')}
        />
      )}
      <p className="form-feedback" role="status">
        {error ? t(errorKey(error)) : ''}
      </p>
      {/* Always there: the word filter may hold a post back even without pre-moderation. */}
      {section('queue', staff('admin.queue', { n: pending.length }), pending, staff('admin.queueEmpty'))}
      {section('all', staff('admin.all', { n: ordered.length }), ordered, staff('admin.none'))}
      {answered.length > 0 &&
        section('answered', staff('admin.answered', { n: answered.length }), answered, '')}
      {results && (
        <details className="voters-by-sector">
          <summary>{staff('admin.bySector')}</summary>
          <table className="question-sectors">
            <thead>
              <tr>
                <th scope="col">{staff('admin.sector')}</th>
                <th scope="col">{staff('admin.sectorPosts')}</th>
                {mode === 'qa' && <th scope="col">{staff('admin.sectorUpvotes')}</th>}
              </tr>
            </thead>
            <tbody>
              {SECTORS.map((sector) => (
                <tr key={sector}>
                  <th scope="row">
                    <span className="sector-chip">
                      <span className={`swatch sector-${sector}`} aria-hidden="true" />
                      {sectorLabel(sector)}
                    </span>
                  </th>
                  <td>{results.bySector.posts[sector]}</td>
                  {mode === 'qa' && <td>{results.bySector.upvotes[sector]}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
