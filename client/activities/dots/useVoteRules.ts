import { useEffect, useState } from 'react';
import { sameRules } from '../../../shared/activities/dots/accept.ts';
import type { DotsConfig } from '../../../shared/activities/dots/types.ts';
import type { ActivitySummary } from '../../../shared/domain/workshop.ts';
import { LIMITS, VOTE_DEFAULTS } from '../../../shared/limits.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { tracked } from '../../realtime/commands.ts';
import { dotsConfigOf } from './voting.ts';

function clampDots(value: string, fallback: number): number {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.min(LIMITS.dotsPerParticipantMax, Math.max(1, n)) : fallback;
}

/**
 * Editing a dot voting's rules and list (`agenda:update`). Stored dots were placed under the
 * stored rules, so changing them clears the dots: that takes a confirm step here, and
 * `resetResponses` on the wire. `holdsDots` is what the live tally shows; dots only on hidden
 * priorities are learnt from the server's VOTE_RULES_LOCKED answer, which leads to the same step.
 */
export function useVoteRules(activity: ActivitySummary, holdsDots: boolean) {
  const current = dotsConfigOf(activity.config);
  const initial = current ?? { sourceActivityId: '', ...VOTE_DEFAULTS };
  const [source, setSource] = useState(initial.sourceActivityId);
  const [dots, setDots] = useState(String(initial.dotsPerParticipant));
  const [max, setMax] = useState(String(initial.maxPerPriority));
  const [refused, setRefused] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  const keepRules = () => {
    if (!current) return;
    setSource(current.sourceActivityId);
    setDots(String(current.dotsPerParticipant));
    setMax(String(current.maxPerPriority));
    setConfirming(false);
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
    setRefused(false);
    setConfirming(false);
  }, [curSource, curDots, curMax]);

  const requested: DotsConfig = {
    sourceActivityId: source,
    dotsPerParticipant: clampDots(dots, VOTE_DEFAULTS.dotsPerParticipant),
    maxPerPriority: clampDots(max, VOTE_DEFAULTS.maxPerPriority),
  };
  const changed =
    current === null ||
    !sameRules(current, requested) ||
    current.sourceActivityId !== requested.sourceActivityId;
  const maxTooHigh = requested.maxPerPriority > requested.dotsPerParticipant;
  const mustReset = current !== null && changed && (holdsDots || refused);

  const edited = () => {
    setSaved(false);
    setError(null);
  };
  const send = async (resetResponses: boolean) => {
    edited();
    const ack = await tracked('agenda:update', {
      activityId: activity.id,
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
  const save = () => {
    if (maxTooHigh || !source) return;
    if (mustReset) setConfirming(true);
    else void send(false);
  };

  return {
    current,
    source,
    setSource: (v: string) => {
      setSource(v);
      edited();
    },
    dots,
    setDots: (v: string) => {
      setDots(v);
      edited();
    },
    max,
    setMax: (v: string) => {
      setMax(v);
      edited();
    },
    changed,
    maxTooHigh,
    mustReset,
    confirming,
    saved,
    error,
    save,
    confirmReset: () => void send(true),
    cancel: () => setConfirming(false),
    keepRules,
  };
}

export type VoteRules = ReturnType<typeof useVoteRules>;
