import type { IdeasConfig, IdeasView, MyCard, MyCards } from '../../../shared/activities/ideas/types.ts';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The config as the server sent it (its schema checked it there); null if it is not one. */
export function ideasConfigOf(config: unknown): IdeasConfig | null {
  if (!isObject(config)) return null;
  const { prompt, preModeration, participantsGroup, maxPerParticipant } = config;
  if (typeof maxPerParticipant !== 'number') return null;
  return {
    prompt: typeof prompt === 'string' ? prompt : '',
    preModeration: preModeration === true,
    participantsGroup: participantsGroup === true,
    maxPerParticipant,
  };
}

export const EMPTY_VIEW: IdeasView = { themes: [], cards: [], ungrouped: 0 };

/** The view as sent (the server's, trusted for shape); the empty board until it arrives. */
export function ideasViewOf(view: unknown): IdeasView {
  if (!isObject(view) || !Array.isArray(view.cards) || !Array.isArray(view.themes)) return EMPTY_VIEW;
  return view as unknown as IdeasView;
}

const isCard = (c: unknown): c is MyCard =>
  isObject(c) && typeof c.id === 'string' && typeof c.text === 'string' && typeof c.status === 'string';

/** One's own cards from the mine store (`unknown` there); none when it is not that shape. */
export function myCardsOf(value: unknown): MyCard[] {
  if (!isObject(value) || !Array.isArray(value.cards)) return [];
  return (value as unknown as MyCards).cards.filter(isCard);
}
