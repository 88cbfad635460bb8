import { useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { tracked } from '../realtime/commands.ts';

/**
 * Saving an activity's config (`agenda:update`) when answers may depend on it. Answers were given
 * to the stored config, so an edit that changes what they mean clears them: a confirm step here,
 * `resetResponses` on the wire. The caller knows which edits matter (`rulesChanged`) and whether
 * answers show in its live results (`holdsAnswers`); answers it cannot see (on hidden items, say)
 * come back as the server's VOTE_RULES_LOCKED, which leads to the same step.
 *
 * `storedKey` stands for the stored config: when it changes (this facilitator or a colleague
 * saved), an old refusal or open question no longer applies.
 */
export function useLockedSave(activityId: string, storedKey: string) {
  const [refused, setRefused] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const pending = useRef<unknown>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `storedKey` is the trigger
  useEffect(() => {
    setRefused(false);
    setConfirming(false);
  }, [storedKey]);

  const send = async (config: unknown, resetResponses: boolean) => {
    setSaved(false);
    setError(null);
    const ack = await tracked('agenda:update', {
      activityId,
      config,
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
  const mustReset = (rulesChanged: boolean, holdsAnswers: boolean) =>
    rulesChanged && (holdsAnswers || refused);

  return {
    confirming,
    saved,
    error,
    mustReset,
    /** Any edit: "saved" and an old error no longer describe the form. */
    edited: () => {
      setSaved(false);
      setError(null);
    },
    save: (config: unknown, rulesChanged: boolean, holdsAnswers: boolean) => {
      pending.current = config;
      if (mustReset(rulesChanged, holdsAnswers)) setConfirming(true);
      else void send(config, false);
    },
    confirmReset: () => void send(pending.current, true),
    cancel: () => setConfirming(false),
  };
}

export type LockedSave = ReturnType<typeof useLockedSave>;
