import { useEffect, useState } from 'react';
import { POLL_LIMITS } from '../../../shared/activities/poll/limits.ts';
import { sameBallot } from '../../../shared/activities/poll/rules.ts';
import type { PollConfig, PollOption } from '../../../shared/activities/poll/types.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { tracked } from '../../realtime/commands.ts';
import { newOptionId } from './newOptionId.ts';

const MAX_LIMIT = POLL_LIMITS.optionsMax + 1;

/**
 * Editing a poll (`agenda:update`). Answers were given to the stored ballot, so changing it while
 * answers are stored clears them: a confirm step here, `resetResponses` on the wire. A reorder
 * keeps them (answers follow the option ids). `holdsAnswers` is what the live count shows; the
 * server's VOTE_RULES_LOCKED leads to the same step.
 */
export function usePollForm(activityId: string, stored: PollConfig, holdsAnswers: boolean) {
  const [question, setQuestion] = useState(stored.question);
  const [options, setOptions] = useState<PollOption[]>(stored.options);
  const [multiple, setMultiple] = useState(stored.multiple);
  const [maxChoices, setMaxChoices] = useState(String(stored.maxChoices));
  const [allowOther, setAllowOther] = useState(stored.allowOther);
  const [confirming, setConfirming] = useState(false);
  const [refused, setRefused] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  const undo = () => {
    setQuestion(stored.question);
    setOptions(stored.options);
    setMultiple(stored.multiple);
    setMaxChoices(String(stored.maxChoices));
    setAllowOther(stored.allowOther);
    setConfirming(false);
    setRefused(false);
  };
  // Follow the stored config when it changes (this facilitator or a colleague saved it).
  const storedKey = JSON.stringify(stored);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stored config, compared by value
  useEffect(undo, [storedKey]);

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
  const mustReset = !sameBallot(stored, requested) && (holdsAnswers || refused);

  const edited =
    <T>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setSaved(false);
      setError(null);
    };
  const send = async (resetResponses: boolean) => {
    setSaved(false);
    setError(null);
    const ack = await tracked('agenda:update', {
      activityId,
      config: requested,
      ...(resetResponses ? { resetResponses } : {}),
    });
    if (ack.ok) {
      setConfirming(false);
      setRefused(false);
      setSaved(true);
    } else if (ack.error.code === 'VOTE_RULES_LOCKED') {
      setRefused(true);
      setConfirming(true);
    } else setError(ack.error.code);
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
    add: () => edited(setOptions)([...options, { id: newOptionId(), text: '' }]),
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
    confirming,
    saved,
    error,
    save: () => {
      if (!valid) return false;
      if (mustReset) setConfirming(true);
      else void send(false);
      return true;
    },
    confirmReset: () => void send(true),
    cancel: () => setConfirming(false),
    undo,
  };
}

export type PollForm = ReturnType<typeof usePollForm>;
