import type { IdeaCard } from '../../../shared/activities/ideas/types.ts';
import { UserText } from '../../components/UserText.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';
import { useSectorLabel } from '../../views/useSectorLabel.ts';
import { CardMeta } from './CardMeta.tsx';
import { useStaffS } from './staffStrings.ts';
import { useModerate } from './useModerate.ts';

interface Props {
  activityId: string;
  pending: readonly IdeaCard[];
  hidden: readonly IdeaCard[];
}

/** Cards held for review (approve or hide), and the hidden ones folded away (show again). */
export function ModerationQueue({ activityId, pending, hidden }: Props) {
  const t = useT();
  const staff = useStaffS();
  const sectorLabel = useSectorLabel();
  const m = useModerate(activityId);
  const queueId = `ideas-queue-${activityId}`;
  const hiddenId = `ideas-hidden-${activityId}`;
  const buttonId = (cardId: string) => `ideas-mod-${activityId}-${cardId}`;
  /** The control to focus once `list[i]` has gone: the next card's, the one before, or the heading. */
  const nextOf = (list: readonly IdeaCard[], i: number, fallback: string) => {
    const next = list[i + 1] ?? list[i - 1];
    return next ? buttonId(next.id) : fallback;
  };
  return (
    <section aria-labelledby={queueId} className="stack ideas-queue">
      <h3 id={queueId} tabIndex={-1}>
        {staff('admin.queue')} ({pending.length})
      </h3>
      <p className="form-feedback" role="status">
        {m.error ? t(errorKey(m.error)) : m.said}
      </p>
      {pending.length === 0 ? (
        <p className="hint">{staff('admin.queueEmpty')}</p>
      ) : (
        <ul className="ideas-cards">
          {pending.map((card, i) => (
            <li key={card.id} className="ideas-card ideas-pending">
              <UserText as="p" className="ideas-text" text={card.text} />
              <CardMeta card={card} sectorLabel={sectorLabel} />
              {card.filtered && <p className="tag">{staff('admin.filtered')}</p>}
              <div className="button-row">
                <button
                  id={buttonId(card.id)}
                  type="button"
                  className="button small primary"
                  onClick={() =>
                    void m.act('approve', card.id, staff('admin.approved'), nextOf(pending, i, queueId))
                  }
                >
                  {staff('admin.approve')}
                </button>
                <button
                  type="button"
                  className="button small"
                  onClick={() =>
                    void m.act('hide', card.id, staff('admin.hiddenDone'), nextOf(pending, i, queueId))
                  }
                >
                  {staff('admin.hide')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {hidden.length > 0 && (
        <details className="ideas-hidden-list">
          <summary id={hiddenId}>{staff('admin.hiddenList', { n: hidden.length })}</summary>
          <ul className="ideas-cards">
            {hidden.map((card, i) => (
              <li key={card.id} className="ideas-card ideas-hidden">
                <UserText as="p" className="ideas-text" text={card.text} />
                <CardMeta card={card} sectorLabel={sectorLabel} />
                {card.filtered && <p className="tag">{staff('admin.filtered')}</p>}
                <button
                  id={buttonId(card.id)}
                  type="button"
                  className="button small"
                  onClick={() =>
                    void m.act('restore', card.id, staff('admin.restored'), nextOf(hidden, i, queueId))
                  }
                >
                  {staff('admin.restore')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
