import { useEffect, useState } from 'react';
import type { IdeasResults, IdeasView, MyCard } from '../../../shared/activities/ideas/types.ts';
import { useT } from '../../i18n/useT.ts';
import { useMineStore } from '../../stores/mineStore.ts';
import { useActivityResults, useActivityView } from '../../stores/workshopStore.ts';
import { activityLabel } from '../index.ts';
import type { ActivityViewProps } from '../types.ts';
import { CardForm } from './CardForm.tsx';
import { ideasConfigOf, ideasViewOf, myCardsOf } from './config.ts';
import { RoomBoard } from './RoomBoard.tsx';
import { useS } from './strings.ts';
import './ideas.css';
import { UserText } from '../../components/UserText.tsx';

/**
 * One's own cards: the server's last word (the mine store, which never echoes one's own post
 * back to the phone that sent it) with the cards this phone has had acknowledged since.
 */
function useMyCards(activityId: string): [MyCard[], (card: MyCard) => void] {
  const stored = useMineStore((m) => m.byActivity[activityId]);
  const [acked, setAcked] = useState<MyCard[]>([]);
  // A new word from the server is complete: it holds every card committed before it was sent.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `stored` is the trigger
  useEffect(() => setAcked([]), [stored]);
  const mine = myCardsOf(stored);
  const known = new Set(mine.map((c) => c.id));
  const cards = [...mine, ...acked.filter((c) => !known.has(c.id))];
  return [cards, (card) => setAcked((a) => (a.some((c) => c.id === card.id) ? a : [...a, card]))];
}

/**
 * Idea collection on a phone: the card field while open, one's own cards with their status, and
 * the room's cards grouped under the themes as they form (moving them, when the facilitator lets
 * the room group).
 */
export default function IdeasParticipant({ workshopId, activity }: ActivityViewProps) {
  const t = useT();
  const s = useS();
  const config = ideasConfigOf(activity.config);
  const view = ideasViewOf(useActivityView<IdeasView>(activity.id));
  const results = useActivityResults<IdeasResults>(activity.id);
  const [mine, posted] = useMyCards(activity.id);
  const headingId = `ideas-heading-${activity.id}`;
  const open = activity.status === 'open';
  return (
    <section aria-labelledby={headingId} className="stack ideas">
      <h2 id={headingId}>{activityLabel(t, activity)}</h2>
      {config?.prompt && <p className="ideas-prompt">{config.prompt}</p>}
      {body()}
    </section>
  );

  function body() {
    if (!config) return <p className="notice">{t('activity.unknown')}</p>;
    if (activity.status === 'draft') return <p className="waiting">{s('notOpen')}</p>;
    return (
      <>
        {open ? (
          <CardForm
            workshopId={workshopId}
            activityId={activity.id}
            left={config.maxPerParticipant - mine.length}
            onPosted={posted}
          />
        ) : (
          <p className="waiting">{s('closed')}</p>
        )}
        {mine.length > 0 && (
          <section aria-labelledby={`${headingId}-mine`} className="ideas-mine">
            <h3 id={`${headingId}-mine`}>{s('mine')}</h3>
            <ul className="ideas-cards">
              {mine.map((card) => (
                <li key={card.id} className={`ideas-card ideas-${card.status}`}>
                  <UserText as="p" className="ideas-text" text={card.text} />
                  <p className="ideas-status">{s(`status.${card.status}`)}</p>
                </li>
              ))}
            </ul>
          </section>
        )}
        <RoomBoard
          activityId={activity.id}
          view={view}
          canGroup={open && config.participantsGroup}
          results={activity.revealed ? results : null}
        />
      </>
    );
  }
}
