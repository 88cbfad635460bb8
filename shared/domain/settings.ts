/**
 * A workshop's choices that hold for every activity in it.
 * - names: 'anonymous' asks no one for a name and shows none (the default: least data);
 *          'shown' lets participants give a name, shown with what they write.
 * - wordFilter: posts containing a word on the Swedish/English list are held for the facilitator
 *          instead of shown (they can let each one through); on by default.
 * - dialogue: an open dialogue runs self-paced between two dates; null for a live workshop.
 * - joinsOpen: the door: while false, no one new can join (those already in keep working); on by
 *          default.
 */
export interface WorkshopSettings {
  names: 'anonymous' | 'shown';
  wordFilter: boolean;
  dialogue: DialogueWindow | null;
  joinsOpen: boolean;
}

export interface DialogueWindow {
  /** ISO instants. */
  opensAt: string;
  closesAt: string;
}

export const DEFAULT_SETTINGS: WorkshopSettings = {
  names: 'anonymous',
  wordFilter: true,
  dialogue: null,
  joinsOpen: true,
};
