import { useEffect, useState } from 'react';
import { sameRules } from '../../../shared/domain/control.ts';
import type { VoteConfig } from '../../../shared/domain/workshop.ts';
import { LIMITS, VOTE_DEFAULTS } from '../../../shared/limits.ts';
import { tracked } from '../../realtime/commands.ts';

function clampDots(value: string, fallback: number): number {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.min(LIMITS.dotsPerParticipantMax, Math.max(1, n)) : fallback;
}

/**
 * Opening (or reopening) a vote. Stored dots were placed under the stored rules, so changing the
 * rules clears them: that takes a confirm step here, and `resetVotes` on the wire.
 * `holdsDots` is what the live tally shows; dots only on hidden priorities are learnt from the
 * server's VOTE_RULES_LOCKED answer, which leads to the same confirm step.
 */
export function useOpenVote(current: VoteConfig | null, holdsDots: boolean) {
  const initial = current ?? VOTE_DEFAULTS;
  const [dots, setDots] = useState(String(initial.dotsPerParticipant));
  const [max, setMax] = useState(String(initial.maxPerPriority));
  const [refused, setRefused] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const keepRules = () => {
    if (!current) return;
    setDots(String(current.dotsPerParticipant));
    setMax(String(current.maxPerPriority));
    setConfirming(false);
  };
  // Follow the stored rules when they change (this facilitator or a colleague opened a vote).
  const curDots = current?.dotsPerParticipant;
  const curMax = current?.maxPerPriority;
  useEffect(() => {
    if (curDots === undefined || curMax === undefined) return;
    setDots(String(curDots));
    setMax(String(curMax));
    setRefused(false);
    setConfirming(false);
  }, [curDots, curMax]);

  const requested: VoteConfig = {
    dotsPerParticipant: clampDots(dots, VOTE_DEFAULTS.dotsPerParticipant),
    maxPerPriority: clampDots(max, VOTE_DEFAULTS.maxPerPriority),
  };
  const rulesChanged = current !== null && !sameRules(current, requested);
  const mustReset = rulesChanged && (holdsDots || refused);

  const send = async (resetVotes: boolean) => {
    const ack = await tracked('vote:open', resetVotes ? { ...requested, resetVotes } : requested);
    if (ack.ok) {
      setConfirming(false);
      setRefused(false);
    } else if (ack.error.code === 'VOTE_RULES_LOCKED') {
      setRefused(true);
      setConfirming(true);
    }
  };
  const start = () => {
    if (mustReset) setConfirming(true);
    else void send(false);
  };
  const confirmReset = () => void send(true);
  const cancel = () => setConfirming(false);

  return {
    dots,
    setDots,
    max,
    setMax,
    rulesChanged,
    mustReset,
    confirming,
    start,
    confirmReset,
    cancel,
    keepRules,
  };
}

export type OpenVote = ReturnType<typeof useOpenVote>;
