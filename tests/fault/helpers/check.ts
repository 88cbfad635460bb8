import { isDeepStrictEqual } from 'node:util';
import type { Actor, Replaced } from './actor.ts';
import { type Disk, occurrences } from './disk.ts';
import type { FaultRoom } from './room.ts';

/** Acknowledged actions, and how many of them the database holds as acknowledged. */
export interface Tally {
  /** Every ok answer to a command, and every edit the server counted as saved. */
  acks: number;
  /** What must be on disk as acknowledged: the last ballot per kind, each post, word, item and edit. */
  acknowledged: number;
  found: number;
  /** Sent, never answered (the server died): stored or not, but never twice. */
  unanswered: number;
  refused: number;
  /** Refusals by error code. */
  refusedBy: Record<string, number>;
}

export const emptyTally = (): Tally => ({
  acks: 0,
  acknowledged: 0,
  found: 0,
  unanswered: 0,
  refused: 0,
  refusedBy: {},
});

/**
 * Compares every actor's ledger with the disk. Returns the problems found (empty: all is well)
 * and the figures. A value replaced whole (a ballot) must be the last acknowledged one or the one
 * still in flight; an added thing (post, word, item, token) acknowledged must be there once, one
 * in flight at most once, and nothing else of that participant may be there.
 */
export function checkLedgers(
  room: FaultRoom,
  actors: readonly Actor[],
  disk: Disk,
): { problems: string[]; tally: Tally } {
  const problems: string[] = [];
  const tally = emptyTally();
  const texts = disk.texts(room.coList);
  const allText = Object.values(texts).join('\n');
  const rowsOf = (activityId: string, pid: string) => disk.responses.get(activityId)?.get(pid);

  const replaced = <T>(what: string, a: Actor, r: Replaced<T>, stored: T | null) => {
    if (r.acked !== null) tally.acknowledged += 1;
    const fine =
      isDeepStrictEqual(stored, r.acked) || (r.pending !== null && isDeepStrictEqual(stored, r.pending));
    // Found: the acknowledged ballot, or the later one the same client sent to replace it.
    if (fine && r.acked !== null) tally.found += 1;
    if (!fine)
      problems.push(
        `${what} of client ${a.index}: stored ${JSON.stringify(stored)}, acknowledged ${JSON.stringify(r.acked)}, in flight ${JSON.stringify(r.pending)}`,
      );
  };

  for (const a of actors) {
    const pid = a.participantId;
    const l = a.ledger;
    tally.unanswered += l.unanswered;
    tally.acks += l.acks + l.tokens.acked.size;
    for (const [code, n] of Object.entries(l.refused)) {
      tally.refused += n;
      tally.refusedBy[code] = (tally.refusedBy[code] ?? 0) + n;
    }

    const dots = rowsOf(room.dotsId, pid);
    // An empty ballot is stored as no rows.
    const none = <T extends object>(v: T | null) => (v && Object.keys(v).length > 0 ? v : null);
    replaced('dots', a, { acked: none(l.dots.acked), pending: none(l.dots.pending) }, none(dots ?? null));
    for (const [which, id] of [
      ['poll', room.pollId],
      ['closingPoll', room.closingPollId],
    ] as const) {
      const answer = rowsOf(id, pid)?.[''] as { choices: string[] } | undefined;
      replaced(which, a, l[which], answer ? answer.choices : null);
    }

    const added = (what: string, activityId: string, byId: boolean, ledger: typeof l.posts) => {
      const mine = (disk.entries.get(activityId) ?? []).filter((e) => e.participantId === pid);
      for (const [key, text] of ledger.acked) {
        tally.acknowledged += 1;
        const hits = mine.filter((e) => e.text === text && (!byId || e.id === key)).length;
        if (hits === 1) tally.found += 1;
        else problems.push(`${what} "${text}" of client ${a.index}: acknowledged, stored ${hits} times`);
      }
      const known = new Set(ledger.acked.values());
      for (const e of mine) {
        if (known.has(e.text)) continue;
        if (e.text !== ledger.pending)
          problems.push(`${what} "${e.text}" of client ${a.index}: stored, never sent`);
      }
      if (ledger.pending !== null && mine.filter((e) => e.text === ledger.pending).length > 1)
        problems.push(`${what} "${ledger.pending}" of client ${a.index}: stored twice`);
    };
    added('post', room.questionId, true, l.posts);
    added('word', room.cloudId, false, l.words);

    const items = new Set(disk.items.get(room.coList) ?? []);
    for (const [id, text] of l.items.acked) {
      tally.acknowledged += 1;
      if (items.has(id) && texts[id] === text) tally.found += 1;
      else
        problems.push(
          `item "${text}" (${id}) of client ${a.index}: acknowledged, stored as ${JSON.stringify(texts[id])}`,
        );
    }
    if (l.items.pending !== null) {
      const n = Object.values(texts).filter((t) => t === l.items.pending).length;
      if (n > 1) problems.push(`item "${l.items.pending}" of client ${a.index}: stored ${n} times`);
    }

    for (const token of l.tokens.acked) {
      tally.acknowledged += 1;
      const n = occurrences(allText, token);
      if (n === 1) tally.found += 1;
      else problems.push(`edit ${token} of client ${a.index}: saved, in the stored document ${n} times`);
    }
    for (const token of l.tokens.pending) {
      const n = occurrences(allText, token);
      if (n > 1) problems.push(`edit ${token} of client ${a.index}: unconfirmed, stored ${n} times`);
    }
  }

  // Nothing added that no ledger sent: items besides the seeded ones, the acknowledged and those in flight.
  const sent = new Set<string>([...room.coItems]);
  const inFlight = new Set<string>();
  for (const a of actors) {
    for (const id of a.ledger.items.acked.keys()) sent.add(id);
    if (a.ledger.items.pending !== null) inFlight.add(a.ledger.items.pending);
  }
  for (const id of disk.items.get(room.coList) ?? [])
    if (!sent.has(id) && !inFlight.has(texts[id] ?? ''))
      problems.push(`item ${id} ("${texts[id]}") is stored but no client was told of it`);
  if (disk.integrity !== 'ok') problems.push(`integrity_check: ${disk.integrity}`);
  return { problems, tally };
}
