import { useState } from 'react';
import { asMine } from '../../../shared/activities/question/rules.ts';
import type { QuestionPost } from '../../../shared/activities/question/types.ts';
import { plural } from '../../i18n/useT.ts';
import { command } from '../../realtime/commands.ts';
import { useMineStore } from '../../stores/mineStore.ts';
import { useSaveStore } from '../../stores/saveStore.ts';
import { startOf } from './MinePosts.tsx';
import { useS } from './strings.ts';

interface Props {
  activityId: string;
  post: QuestionPost;
  /** The server's last word: this participant has upvoted it. */
  pressed: boolean;
}

/**
 * A toggle: pressed when one has upvoted the question. It shows the tap at once; the server's
 * answer (one's upvotes) then decides. The count beside it is the room's, from the view.
 */
export function UpvoteButton({ activityId, post, pressed }: Props) {
  const s = useS();
  const [wanted, setWanted] = useState<boolean | null>(null);
  const shown = wanted ?? pressed;
  const toggle = async () => {
    const on = !shown;
    setWanted(on);
    useSaveStore.getState().begin();
    const ack = await command('activity:command', {
      activityId,
      name: 'upvote',
      payload: { entryId: post.id, on },
    });
    useSaveStore.getState().end(ack.ok ? null : ack.error.code);
    const mine = ack.ok ? asMine((ack.data as { mine?: unknown }).mine) : null;
    if (mine) useMineStore.getState().received(activityId, mine);
    setWanted(null);
  };
  // The room's count lags the tap by a moment: one's own change is counted in at once.
  const count = post.upvotes + (wanted === null || wanted === pressed ? 0 : wanted ? 1 : -1);
  return (
    <span className="question-vote">
      <button
        type="button"
        className="button small question-upvote"
        aria-pressed={shown}
        aria-label={s('upvote', { text: startOf(post.text) })}
        onClick={() => void toggle()}
      >
        <span aria-hidden="true">▲ </span>
        {s('upvoteShort')}
      </button>
      <span className="question-votes">{plural(s, count, 'votesOne', 'votes')}</span>
    </span>
  );
}
