import { useRef } from 'react';
import { asMine } from '../../../shared/activities/question/rules.ts';
import type { MinePost, QuestionMode } from '../../../shared/activities/question/types.ts';
import { UserText } from '../../components/UserText.tsx';
import { tracked } from '../../realtime/commands.ts';
import { useMineStore } from '../../stores/mineStore.ts';
import { useS } from './strings.ts';

interface Props {
  activityId: string;
  mode: QuestionMode;
  posts: readonly MinePost[];
  /** Taking back is offered only while the activity takes posts. */
  open: boolean;
}

/** A text's start, for a button's name: enough to tell posts apart, short enough to hear. */
export const startOf = (text: string): string =>
  text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;

/** One's own posts with their status, newest first: "Väntar på granskning" until approved. */
export function MinePosts({ activityId, mode, posts, open }: Props) {
  const s = useS();
  const headingRef = useRef<HTMLHeadingElement>(null);
  if (posts.length === 0) return null;
  const withdraw = async (entryId: string) => {
    const ack = await tracked('activity:command', { activityId, name: 'withdraw', payload: { entryId } });
    if (!ack.ok) return;
    const mine = asMine((ack.data as { mine?: unknown }).mine);
    if (mine) useMineStore.getState().received(activityId, mine);
    // The button went with the post: focus goes to the list's heading.
    headingRef.current?.focus();
  };
  return (
    <section aria-labelledby={`question-mine-${activityId}`} className="stack">
      <h3 id={`question-mine-${activityId}`} ref={headingRef} tabIndex={-1}>
        {s(`${mode}.mine`)}
      </h3>
      <ul className="question-list">
        {[...posts].reverse().map((p) => (
          <li key={p.id} className={`question-card mine status-${p.status}`}>
            <UserText as="p" className="question-text" text={p.text} />
            <div className="question-meta">
              <span className={`question-status status-${p.status}`}>{s(`status.${p.status}`)}</span>
              {open && p.status === 'pending' && (
                <button
                  type="button"
                  className="button small"
                  aria-label={s('withdrawFor', { text: startOf(p.text) })}
                  onClick={() => void withdraw(p.id)}
                >
                  {s('withdraw')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
