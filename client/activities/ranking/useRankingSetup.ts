import { useEffect, useRef, useState } from 'react';
import { sameItems } from '../../../shared/activities/ranking/rules.ts';
import {
  RANKING_LIMITS,
  type RankingConfig,
  type RankingItem,
} from '../../../shared/activities/ranking/types.ts';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { newClientId, textItemEdits } from '../../components/textItems.ts';
import { useLockedSave } from '../../views/useLockedSave.ts';
import { rankingConfigOf } from './config.ts';

const EMPTY: RankingConfig = { prompt: '', items: [] };

/**
 * Editing a ranking's config. Orders were given to the stored items, so rewording or removing one
 * clears them (`useLockedSave`); adding items, reordering and a new prompt keep them.
 */
export function useRankingSetup(activity: ActivitySummary, holdsAnswers: boolean) {
  const current = rankingConfigOf(activity.config);
  const [draft, setDraft] = useState<RankingConfig>(current ?? EMPTY);
  const [showProblems, setShowProblems] = useState(false);
  const stored = JSON.stringify(current);
  const lock = useLockedSave(activity.id, stored);
  // Edits not yet sent. The room's copy of the config arrives after the save's ack, so a reply to
  // a save (or a colleague's) must not wipe what the facilitator typed since.
  const editing = useRef(false);
  // Follow the stored config when it changes, unless the form holds edits not yet sent.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `stored` stands for `current`
  useEffect(() => {
    if (current && !editing.current) setDraft(current);
  }, [stored]);

  const tidy = (c: RankingConfig): RankingConfig => ({
    prompt: c.prompt.trim(),
    items: c.items.map((i) => ({ id: i.id, text: i.text.trim() })),
  });
  const requested = tidy(draft);
  const empty = requested.items.filter((i) => !i.text).map((i) => i.id);
  const tooFew = requested.items.length < RANKING_LIMITS.itemsMin;
  const valid = empty.length === 0 && !tooFew;
  const changed = current === null || JSON.stringify(requested) !== JSON.stringify(current);
  const rulesChangedBy = (next: RankingConfig) => current !== null && !sameItems(current, next);
  const rulesChanged = changed && rulesChangedBy(requested);
  const mustReset = lock.mustReset(rulesChanged, holdsAnswers);

  const edit = (next: (d: RankingConfig) => RankingConfig) => {
    editing.current = true;
    setDraft(next);
    lock.edited();
  };
  const setItems = (f: (items: RankingItem[]) => RankingItem[]) => edit((d) => ({ ...d, items: f(d.items) }));

  return {
    draft,
    empty: showProblems ? empty : [],
    tooFew: showProblems && tooFew,
    changed,
    mustReset,
    lock,
    canAdd: draft.items.length < RANKING_LIMITS.itemsMax,
    canRemove: draft.items.length > RANKING_LIMITS.itemsMin,
    setPrompt: (prompt: string) => edit((d) => ({ ...d, prompt })),
    ...textItemEdits(setItems, () => ({ id: newClientId(), text: '' })),
    /** Returns the id of the first item to fix when the form cannot be sent, so it can take focus. */
    save: (): string | null => {
      setShowProblems(true);
      if (!valid) return empty[0] ?? null;
      editing.current = false;
      lock.save(requested, rulesChanged, holdsAnswers);
      return null;
    },
    /** Items fetched from a list replace the form's, and are saved at once (the prompt as typed). */
    replaceItems: (items: RankingItem[]) => {
      const next = tidy({ ...draft, items });
      editing.current = false;
      setDraft(next);
      setShowProblems(false);
      lock.edited();
      lock.save(next, rulesChangedBy(next), holdsAnswers);
    },
    undo: () => {
      editing.current = false;
      if (current) setDraft(current);
      setShowProblems(false);
      lock.cancel();
    },
  };
}

export type RankingSetupForm = ReturnType<typeof useRankingSetup>;
