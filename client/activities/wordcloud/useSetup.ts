import { useEffect, useState } from 'react';
import { WORDCLOUD_DEFAULTS, WORDCLOUD_LIMITS } from '../../../shared/activities/wordcloud/limits.ts';
import { keepsAnswers } from '../../../shared/activities/wordcloud/rules.ts';
import type { WordcloudConfig } from '../../../shared/activities/wordcloud/types.ts';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { useLockedSave } from '../../views/useLockedSave.ts';
import { wordcloudConfigOf } from './config.ts';

const DEFAULT: WordcloudConfig = { prompt: '', ...WORDCLOUD_DEFAULTS };

/** The numbers as typed: a field says when its number is out of range, it never clamps it. */
interface Draft {
  prompt: string;
  maxWords: string;
  maxLength: string;
  showLive: boolean;
  preModeration: boolean;
}

const draftOf = (c: WordcloudConfig): Draft => ({
  prompt: c.prompt,
  maxWords: String(c.maxWordsPerParticipant),
  maxLength: String(c.maxLength),
  showLive: c.showLive,
  preModeration: c.preModeration,
});

const whole = (text: string, min: number, max: number): number | null => {
  const n = Number(text.trim());
  return /^\d+$/.test(text.trim()) && n >= min && n <= max ? n : null;
};

/**
 * Editing a word cloud's config. Answers were given to the stored question under its limits, so
 * a new question or a tighter limit clears them (`useLockedSave`); a looser limit, the live
 * projector and pre-moderation keep them.
 */
export function useSetup(activity: ActivitySummary, holdsAnswers: boolean) {
  const current = wordcloudConfigOf(activity.config) ?? DEFAULT;
  const stored = JSON.stringify(current);
  const [draft, setDraft] = useState<Draft>(() => draftOf(current));
  const [showProblems, setShowProblems] = useState(false);
  const lock = useLockedSave(activity.id, stored);
  // Follow the stored config when it changes (this facilitator or a colleague saved it).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `stored` stands for `current`
  useEffect(() => setDraft(draftOf(current)), [stored]);

  const maxWords = whole(draft.maxWords, WORDCLOUD_LIMITS.wordsMin, WORDCLOUD_LIMITS.wordsMax);
  const maxLength = whole(draft.maxLength, WORDCLOUD_LIMITS.lengthMin, WORDCLOUD_LIMITS.lengthMax);
  const requested: WordcloudConfig = {
    prompt: draft.prompt.trim(),
    maxWordsPerParticipant: maxWords ?? current.maxWordsPerParticipant,
    maxLength: maxLength ?? current.maxLength,
    showLive: draft.showLive,
    preModeration: draft.preModeration,
  };
  const valid = maxWords !== null && maxLength !== null;
  const changed =
    JSON.stringify({ ...draft, prompt: draft.prompt.trim() }) !== JSON.stringify(draftOf(current));
  const rulesChanged = valid && !keepsAnswers(current, requested);
  const edit = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    lock.edited();
  };

  return {
    draft,
    lock,
    changed,
    mustReset: lock.mustReset(rulesChanged, holdsAnswers),
    problems: {
      maxWords: showProblems && maxWords === null,
      maxLength: showProblems && maxLength === null,
    },
    edit,
    /** False when a field must be fixed first (its error then shows). */
    save: (): boolean => {
      setShowProblems(true);
      if (!valid) return false;
      lock.save(requested, rulesChanged, holdsAnswers);
      return true;
    },
    undo: () => {
      setDraft(draftOf(current));
      setShowProblems(false);
      lock.cancel();
    },
  };
}
