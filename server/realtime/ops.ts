import { createHash } from 'node:crypto';
import { fail, ok, type Result } from '../../shared/domain/result.ts';
import { isOpEvent } from '../../shared/protocol/ops.ts';
import { opEnvelope } from '../../shared/protocol/schemas.ts';
import type { OpSender } from '../db/opRepo.ts';
import type { Repos } from '../db/repos.ts';
import type { SocketData } from './handshake.ts';

/**
 * How long an operation's ack is kept, and how many per sender. Our client retries one action
 * for a few minutes at most (client/realtime/outbox.ts); a day covers that and a restart on the
 * way with a wide margin, and keeps the sender's own answers (acks can hold their texts) no
 * longer than needed. Only a script gets near the count: the client has a few actions in flight.
 */
export const OP_KEEP_MS = 24 * 60 * 60 * 1000;
export const OP_KEEP_PER_SENDER = 500;
/** A sender's count is checked after this many new operations of theirs (a check costs ~60 µs). */
const CAP_EVERY = 50;
const PRUNE_EVERY_MS = 10 * 60 * 1000;
const PRUNE_BATCH = 1000;

/** The identity an operation id is unique under; null for a role that sends no operations. */
export function opSenderOf(data: SocketData): OpSender | null {
  if (data.participant) return { workshopId: data.workshopId, sender: data.participant.id };
  if (data.role === 'facilitator' && data.facilitatorId)
    return { workshopId: data.workshopId, sender: `f:${data.facilitatorId}` };
  return null;
}

/**
 * Takes a state-changing event's operation id off its payload, so the event's own strict schema
 * parses the rest as before; other events keep every key (an `opId` there is refused as unknown).
 */
export function splitOp(
  event: string,
  payload: unknown,
): { ok: true; opId: string | null; rest: unknown } | { ok: false } {
  if (!isOpEvent(event) || typeof payload !== 'object' || payload === null || !('opId' in payload))
    return { ok: true, opId: null, rest: payload };
  const envelope = opEnvelope.safeParse(payload);
  if (!envelope.success) return { ok: false };
  const { opId, ...rest } = payload;
  return { ok: true, opId: envelope.data.opId ?? null, rest };
}

/** What a request was, without its operation id: a repeat under the same id must be the same. */
export function opDigest(event: string, payloadWithoutOpId: unknown): string {
  return createHash('sha256')
    .update(`${event}\n${JSON.stringify(payloadWithoutOpId) ?? ''}`)
    .digest('base64url');
}

/**
 * Runs a command once per operation id. In one SQLite transaction: the id is looked up, and if it
 * is new the command runs and, when it succeeds, its ack is stored with it, so "applied" and
 * "remembered" are committed together (a crash leaves both or neither). A repeat gets the first
 * ack's data back and runs nothing; a repeat whose request differs is refused `OP_ID_REUSED`. A
 * refused command changed nothing and is not stored: its repeat simply runs again. A command that
 * throws has its SQLite writes rolled back; what it did outside SQLite before throwing (a Yjs
 * document in memory, a broadcast) is not undone.
 */
export function runOnce(
  repos: Repos,
  who: OpSender,
  opId: string,
  digest: string,
  run: () => Result<unknown>,
  now: number = Date.now(),
): Result<unknown> {
  return repos.transaction(() => {
    const prior = repos.ops.get(who, opId);
    if (prior) return prior.digest === digest ? ok(JSON.parse(prior.ack) as unknown) : fail('OP_ID_REUSED');
    const result = run();
    // `?? null`: what JSON makes of an ack without data, so the repeat's ack is the same.
    if (result.ok) repos.ops.insert(who, opId, digest, JSON.stringify(result.value ?? null), now);
    return result;
  });
}

/** `runOnce` with the table kept small: old acks pruned in batches, each sender held to a count. */
export function opLog(repos: Repos, now: () => number = Date.now) {
  /** New operations per sender since their count was last checked; cleared with each prune. */
  const sinceCheck = new Map<string, number>();
  let stopped = false;
  const prune = () => {
    sinceCheck.clear();
    if (stopped) return;
    if (repos.ops.pruneOlder(now() - OP_KEEP_MS, PRUNE_BATCH) === PRUNE_BATCH) setImmediate(prune);
  };
  prune();
  const timer = setInterval(prune, PRUNE_EVERY_MS);
  timer.unref();
  return {
    run(who: OpSender, opId: string, digest: string, run: () => Result<unknown>): Result<unknown> {
      const result = runOnce(repos, who, opId, digest, run, now());
      const key = `${who.workshopId} ${who.sender}`;
      const n = (sinceCheck.get(key) ?? 0) + 1;
      sinceCheck.set(key, n % CAP_EVERY);
      if (n === CAP_EVERY) repos.ops.capSender(who, OP_KEEP_PER_SENDER);
      return result;
    },
    stop(): void {
      stopped = true;
      clearInterval(timer);
    },
  };
}
