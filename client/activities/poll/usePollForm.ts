import { useState } from 'react';
import { POLL_LIMITS } from '../../../shared/activities/poll/limits.ts';
import { sameBallot } from '../../../shared/activities/poll/rules.ts';
import type { PollConfig, PollOption } from '../../../shared/activities/poll/types.ts';
import { newClientId } from '../../components/textItems.ts';
import { useFollowStored } from '../../views/useFollowStored.ts';
import { useLockedSave } from '../../views/useLockedSave.ts';

const MAX_LIMIT = POLL_LIMITS.optionsMax + 1;

/**
 * Editing a poll. Changing the ballot while answers are stored clears them (`useLockedSave`); a
 * reorder keeps them, since answers follow the option ids.
 */
export function usePollForm(activityId: string, stored: PollConfig, holdsAnswers: boolean) {
  const [question, setQuestion] = useState(stored.question);
  const [options, setOptions] = useState<PollOption[]>(stored.options);
  const [multiple, setMultiple] = useState(stored.multiple);
  const [maxChoices, setMaxChoices] = useState(String(stored.maxChoices));
  const [allowOther, setAllowOther] = useState(stored.allowOther);
  const lock = useLockedSave(activityId, JSON.stringify(stored));

  const load = (c: PollConfig) => {
    setQuestion(c.question);
    setOptions(c.options);
    setMultiple(c.multiple);
    setMaxChoices(String(c.maxChoices));
    setAllowOther(c.allowOther);
    lock.cancel();
  };
  const undo = () => load(stored);
  const form: PollConfig = { question, options, multiple, maxChoices: Number(maxChoices), allowOther };
  useFollowStored(stored, form, load);

  const maxN = Number(maxChoices);
  const maxOk = !multiple || (/^\d+$/.test(maxChoices.trim()) && maxN >= 1 && maxN <= MAX_LIMIT);
  const emptyOptions = options.flatMap((o, i) => (o.text.trim() ? [] : [i]));
  const tooFew = options.length < POLL_LIMITS.optionsMin;
  const valid = maxOk && emptyOptions.length === 0 && !tooFew;
  const requested: PollConfig = {
    question: question.trim(),
    options: options.map((o) => ({ id: o.id, text: o.text.trim() })),
    multiple,
    maxChoices: maxOk && multiple ? maxN : stored.maxChoices,
    allowOther,
  };
  const changed =
    !sameBallot(stored, requested) || stored.options.some((o, i) => o.id !== requested.options[i]?.id);
  const rulesChanged = !sameBallot(stored, requested);
  const mustReset = lock.mustReset(rulesChanged, holdsAnswers);

  const edited =
    <T>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      lock.edited();
    };

  const setOption = (i: number, text: string) =>
    edited(setOptions)(options.map((o, j) => (j === i ? { ...o, text } : o)));
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= options.length) return;
    const next = [...options];
    [next[i], next[j]] = [next[j] as PollOption, next[i] as PollOption];
    edited(setOptions)(next);
  };
  return {
    question,
    setQuestion: edited(setQuestion),
    options,
    setOption,
    move,
    add: () => edited(setOptions)([...options, { id: newClientId(), text: '' }]),
    remove: (i: number) => edited(setOptions)(options.filter((_, j) => j !== i)),
    canAdd: options.length < POLL_LIMITS.optionsMax,
    canRemove: options.length > POLL_LIMITS.optionsMin,
    multiple,
    setMultiple: edited(setMultiple),
    maxChoices,
    setMaxChoices: edited(setMaxChoices),
    maxLimit: MAX_LIMIT,
    allowOther,
    setAllowOther: edited(setAllowOther),
    maxOk,
    emptyOptions,
    tooFew,
    valid,
    changed,
    mustReset,
    lock,
    /** False when the form has errors to show. */
    save: () => {
      if (!valid) return false;
      lock.save(requested, rulesChanged, holdsAnswers);
      return true;
    },
    undo,
  };
}

export type PollForm = ReturnType<typeof usePollForm>;
