import type { IdeaCard } from '../../../shared/activities/ideas/types.ts';
import type { Sector } from '../../../shared/domain/sectors.ts';
import { useLangStore } from '../../stores/langStore.ts';

interface Props {
  card: IdeaCard;
  sectorLabel: (sector: Sector) => string;
}

/** Where a card came from, for staff: its sector (colour and words), the time, a name if shown. */
export function CardMeta({ card, sectorLabel }: Props) {
  const lang = useLangStore((l) => l.lang);
  const time = new Date(card.createdAt).toLocaleTimeString(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <p className="ideas-meta">
      {card.sector && (
        <span className="sector-chip">
          <span className={`swatch sector-${card.sector}`} aria-hidden="true" />
          {sectorLabel(card.sector)}
        </span>
      )}
      <time dateTime={card.createdAt}>{time}</time>
      {card.authorName && <span>{card.authorName}</span>}
    </p>
  );
}
