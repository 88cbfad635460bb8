import { useState } from 'react';
import { sameRules } from '../../../shared/activities/scale/rules.ts';
import type { ScaleConfig, ScaleStatement } from '../../../shared/activities/scale/types.ts';
import { SCALE_LIMITS } from '../../../shared/activities/scale/types.ts';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { newClientId, textItemEdits } from '../../components/textItems.ts';
import { useFollowStored } from '../../views/useFollowStored.ts';
import { useLockedSave } from '../../views/useLockedSave.ts';
import { scaleConfigOf } from './config.ts';

export type SetupProblem = 'empty' | 'lowEmpty' | 'highEmpty';

const EMPTY: ScaleConfig = { prompt: '', statements: [], labels: { kind: 'agree' }, allowSkip: true };

/**
 * Editing a scale's config. Ratings were given to the stored statements on the stored scale, so
 * rewording, removing or relabelling clears them (`useLockedSave`); adding or reordering keeps them.
 */
export function useScaleSetup(activity: ActivitySummary, holdsAnswers: boolean) {
  const current = scaleConfigOf(activity.config);
  const [draft, setDraft] = useState<ScaleConfig>(current ?? EMPTY);
  const [showProblems, setShowProblems] = useState(false);
  const stored = JSON.stringify(current);
  const lock = useLockedSave(activity.id, stored);
  useFollowStored(current ?? EMPTY, draft, setDraft);

  const requested: ScaleConfig = {
    ...draft,
    prompt: draft.prompt.trim(),
    statements: draft.statements.map((s) => ({ id: s.id, text: s.text.trim() })),
    labels:
      draft.labels.kind === 'agree'
        ? draft.labels
        : { kind: 'custom', low: draft.labels.low.trim(), high: draft.labels.high.trim() },
  };
  const problems: Record<string, SetupProblem> = {};
  for (const s of requested.statements) if (!s.text) problems[s.id] = 'empty';
  if (requested.labels.kind === 'custom') {
    if (!requested.labels.low) problems.low = 'lowEmpty';
    if (!requested.labels.high) problems.high = 'highEmpty';
  }
  const valid = Object.keys(problems).length === 0 && requested.statements.length > 0;
  const changed = current === null || JSON.stringify(requested) !== JSON.stringify(current);
  const rulesChanged = current !== null && changed && !sameRules(current, requested);
  const mustReset = lock.mustReset(rulesChanged, holdsAnswers);

  const edit = (next: (d: ScaleConfig) => ScaleConfig) => {
    setDraft(next);
    lock.edited();
  };
  const setStatements = (f: (s: ScaleStatement[]) => ScaleStatement[]) =>
    edit((d) => ({ ...d, statements: f(d.statements) }));

  return {
    draft,
    problems: showProblems ? problems : {},
    changed,
    mustReset,
    lock,
    canAdd: draft.statements.length < SCALE_LIMITS.statements,
    setPrompt: (prompt: string) => edit((d) => ({ ...d, prompt })),
    setAllowSkip: (allowSkip: boolean) => edit((d) => ({ ...d, allowSkip })),
    setKind: (kind: 'agree' | 'custom') =>
      edit((d) => ({
        ...d,
        labels:
          kind === 'agree' ? { kind } : d.labels.kind === 'custom' ? d.labels : { kind, low: '', high: '' },
      })),
    setEnd: (end: 'low' | 'high', text: string) =>
      edit((d) => (d.labels.kind === 'custom' ? { ...d, labels: { ...d.labels, [end]: text } } : d)),
    ...textItemEdits(setStatements, () => ({ id: newClientId(), text: '' })),
    /** Returns the first problem's field key when the form cannot be sent, so it can take focus. */
    save: (): string | null => {
      setShowProblems(true);
      if (!valid) return Object.keys(problems)[0] ?? null;
      lock.save(requested, rulesChanged, holdsAnswers);
      return null;
    },
    undo: () => {
      if (current) setDraft(current);
      setShowProblems(false);
      lock.cancel();
    },
  };
}

export type ScaleSetup = ReturnType<typeof useScaleSetup>;
