import { useEffect, useState } from 'react';
import { sameRules } from '../../../shared/activities/dots/accept.ts';
import type { DotsConfig } from '../../../shared/activities/dots/types.ts';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { LIMITS, VOTE_DEFAULTS } from '../../../shared/limits.ts';
import { useLockedSave } from '../../views/useLockedSave.ts';
import { dotsConfigOf } from './voting.ts';

/** A whole number in 1..max, or null: an out-of-range value is said, never silently changed. */
function wholeIn(value: string, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= max ? n : null;
}

export type RulesProblem = 'dotsOut' | 'maxOut' | 'maxTooHigh';

/**
 * Editing a dot voting's rules and list. Stored dots were placed under the stored rules, so
 * changing them clears the dots (`useLockedSave`).
 */
export function useVoteRules(activity: ActivitySummary, holdsDots: boolean) {
  const current = dotsConfigOf(activity.config);
  const initial = current ?? { sourceActivityId: '', ...VOTE_DEFAULTS };
  const [source, setSource] = useState(initial.sourceActivityId);
  const [dots, setDots] = useState(String(initial.dotsPerParticipant));
  const [max, setMax] = useState(String(initial.maxPerPriority));
  const [showProblems, setShowProblems] = useState(false);
  const lock = useLockedSave(activity.id, JSON.stringify(current));

  const keepRules = () => {
    if (!current) return;
    setSource(current.sourceActivityId);
    setDots(String(current.dotsPerParticipant));
    setMax(String(current.maxPerPriority));
    setShowProblems(false);
    lock.cancel();
  };
  // Follow the stored config when it changes (this facilitator or a colleague saved it).
  const curSource = current?.sourceActivityId;
  const curDots = current?.dotsPerParticipant;
  const curMax = current?.maxPerPriority;
  useEffect(() => {
    if (curSource === undefined || curDots === undefined || curMax === undefined) return;
    setSource(curSource);
    setDots(String(curDots));
    setMax(String(curMax));
  }, [curSource, curDots, curMax]);

  const dotsN = wholeIn(dots, LIMITS.dotsPerParticipantMax);
  const maxN = wholeIn(max, LIMITS.dotsPerParticipantMax);
  const problems: Partial<Record<'dots' | 'max', RulesProblem>> = {};
  if (dotsN === null) problems.dots = 'dotsOut';
  if (maxN === null) problems.max = 'maxOut';
  else if (dotsN !== null && maxN > dotsN) problems.max = 'maxTooHigh';
  const requested: DotsConfig = {
    sourceActivityId: source,
    dotsPerParticipant: dotsN ?? VOTE_DEFAULTS.dotsPerParticipant,
    maxPerPriority: maxN ?? VOTE_DEFAULTS.maxPerPriority,
  };
  const changed =
    current === null ||
    !sameRules(current, requested) ||
    current.sourceActivityId !== requested.sourceActivityId;
  const rulesChanged = current !== null && changed;
  const mustReset = lock.mustReset(rulesChanged, holdsDots);
  const edited = (set: (v: string) => void) => (v: string) => {
    set(v);
    lock.edited();
  };

  return {
    current,
    source,
    setSource: edited(setSource),
    dots,
    setDots: edited(setDots),
    max,
    setMax: edited(setMax),
    problems: showProblems ? problems : {},
    changed,
    mustReset,
    lock,
    /** Returns the first field with a problem, so it can take focus; null when sent. */
    save: (): 'dots' | 'max' | null => {
      setShowProblems(true);
      const first = (['dots', 'max'] as const).find((k) => problems[k]);
      if (first) return first;
      if (source) lock.save(requested, rulesChanged, holdsDots);
      return null;
    },
    keepRules,
  };
}

export type VoteRules = ReturnType<typeof useVoteRules>;
