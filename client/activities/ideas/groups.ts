import type { IdeaCard, IdeasView } from '../../../shared/activities/ideas/types.ts';

export interface Group {
  /** Null for the ungrouped cards. */
  id: string | null;
  name: string;
  cards: IdeaCard[];
}

/** The themes in their stored order with their cards (posting order), then the ungrouped cards. */
export function groupsOf(view: IdeasView, ungroupedName: string): Group[] {
  return [
    ...view.themes.map((t) => ({
      id: t.id,
      name: t.name,
      cards: view.cards.filter((c) => c.themeId === t.id),
    })),
    { id: null, name: ungroupedName, cards: view.cards.filter((c) => c.themeId === null) },
  ];
}
