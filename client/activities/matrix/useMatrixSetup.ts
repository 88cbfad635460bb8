import { useEffect, useRef, useState } from 'react';
import { sameRules } from '../../../shared/activities/matrix/rules.ts';
import type {
  MatrixAxes,
  MatrixConfig,
  MatrixItem,
  MatrixVariant,
} from '../../../shared/activities/matrix/types.ts';
import { MATRIX_LIMITS } from '../../../shared/activities/matrix/types.ts';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { newClientId, textItemEdits } from '../../components/textItems.ts';
import { useLockedSave } from '../../views/useLockedSave.ts';
import { matrixConfigOf } from './config.ts';

/** The axes' fields: `x-name`, `x-low`, … ; an item's field is its id. */
export type AxisField = `${'x' | 'y'}-${'name' | 'low' | 'high'}`;
export type SetupProblem = 'empty' | 'axisEmpty';

const EMPTY: MatrixConfig = {
  prompt: '',
  variant: 'grid',
  axes: { x: { name: '', low: '', high: '' }, y: { name: '', low: '', high: '' } },
  items: [],
};

const trimAxes = (a: MatrixAxes): MatrixAxes => ({
  x: { name: a.x.name.trim(), low: a.x.low.trim(), high: a.x.high.trim() },
  y: { name: a.y.name.trim(), low: a.y.low.trim(), high: a.y.high.trim() },
});

/**
 * Editing a matrix's config. Placements were given to the stored items on the stored axes, so
 * rewording, removing or changing the axes clears them (`useLockedSave`); adding or reordering
 * keeps them. `axesOf` gives a variant's axes in the facilitator's language.
 */
export function useMatrixSetup(
  activity: ActivitySummary,
  holdsAnswers: boolean,
  axesOf: (variant: MatrixVariant) => MatrixAxes,
) {
  const current = matrixConfigOf(activity.config);
  const [draft, setDraft] = useState<MatrixConfig>(current ?? EMPTY);
  const [showProblems, setShowProblems] = useState(false);
  const stored = JSON.stringify(current);
  const lock = useLockedSave(activity.id, stored);
  const previous = useRef(current);
  // Follow the stored config when it changes (saved here or by a colleague). When only its items
  // changed (fetched from a list), the form keeps its unsaved kind, axes and prompt: choosing
  // "Riskmatris" and then fetching items must not undo the choice.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `stored` stands for `current`
  useEffect(() => {
    const before = previous.current;
    previous.current = current;
    if (!current) return;
    const onlyItems =
      before !== null &&
      JSON.stringify({ ...before, items: [] }) === JSON.stringify({ ...current, items: [] });
    setDraft((d) => (onlyItems ? { ...d, items: current.items } : current));
  }, [stored]);

  const requested: MatrixConfig = {
    ...draft,
    prompt: draft.prompt.trim(),
    axes: trimAxes(draft.axes),
    items: draft.items.map((s) => ({ id: s.id, text: s.text.trim() })),
  };
  // In the form's order, so the first problem is the first field to fix.
  const problems: Record<string, SetupProblem> = {};
  for (const axis of ['x', 'y'] as const)
    for (const part of ['name', 'low', 'high'] as const)
      if (!requested.axes[axis][part]) problems[`${axis}-${part}`] = 'axisEmpty';
  for (const s of requested.items) if (!s.text) problems[s.id] = 'empty';
  const valid = Object.keys(problems).length === 0 && requested.items.length > 0;
  const changed = current === null || JSON.stringify(requested) !== JSON.stringify(current);
  const rulesChanged = current !== null && changed && !sameRules(current, requested);
  const mustReset = lock.mustReset(rulesChanged, holdsAnswers);

  const edit = (next: (d: MatrixConfig) => MatrixConfig) => {
    setDraft(next);
    lock.edited();
  };
  const setItems = (f: (s: MatrixItem[]) => MatrixItem[]) => edit((d) => ({ ...d, items: f(d.items) }));

  return {
    draft,
    problems: showProblems ? problems : {},
    changed,
    mustReset,
    lock,
    canAdd: draft.items.length < MATRIX_LIMITS.items,
    setPrompt: (prompt: string) => edit((d) => ({ ...d, prompt })),
    /** A new variant brings its own axes: a risk matrix is sannolikhet × konsekvens. */
    setVariant: (variant: MatrixVariant) =>
      edit((d) => (d.variant === variant ? d : { ...d, variant, axes: axesOf(variant) })),
    setAxis: (field: AxisField, text: string) =>
      edit((d) => {
        const [axis, part] = field.split('-') as ['x' | 'y', 'name' | 'low' | 'high'];
        return { ...d, axes: { ...d.axes, [axis]: { ...d.axes[axis], [part]: text } } };
      }),
    ...textItemEdits(setItems, () => ({ id: newClientId(), text: '' })),
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

export type MatrixSetup = ReturnType<typeof useMatrixSetup>;
