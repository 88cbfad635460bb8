import * as Y from 'yjs';
import { checkVotes, fetchDoc, type Samsyn } from '../lib/samsyn.ts';
import type { HeldWorkshop } from '../load/phones.ts';
import { textsOf } from '../load/yjsClient.ts';
import type { HeldGenerators } from './heldGenerators.ts';

const canon = (t: Record<string, string>) =>
  JSON.stringify(Object.entries(t).sort(([a], [b]) => a.localeCompare(b)));

/**
 * Every workshop's document as a fresh stock client fetches it, checked three ways: the real
 * clients hold the same texts (`diverged`); each text is as long as its seed plus what the
 * typists say they still have in it, so no keystroke was lost or doubled (`lengthMismatch`);
 * and each marker in `once` is there exactly once (`markersNotOnce`).
 */
export async function checkTexts(
  server: Samsyn,
  wsBase: string,
  workshops: HeldWorkshop[],
  gens: HeldGenerators,
  once: number[] = [],
) {
  const replicas = (
    await gens.all<Array<{ w: number; texts: Record<string, string> }>>('texts', () => null)
  ).flat();
  const own: Record<string, number> = {};
  for (const part of await gens.all<Record<string, number>>('own', () => null))
    for (const [k, n] of Object.entries(part)) own[k] = (own[k] ?? 0) + n;
  let diverged = 0;
  let lengthMismatch = 0;
  const counts = new Map<number, number>();
  for (const [w, ws] of workshops.entries()) {
    const ref = textsOf(await fetchDoc(wsBase, ws.listId, server.cookie));
    for (const r of replicas) if (r.w === w && canon(r.texts) !== canon(ref)) diverged += 1;
    const seed = new Y.Doc();
    Y.applyUpdate(seed, ws.seed);
    const seedTexts = textsOf(seed);
    for (const key of ws.keys)
      if ((ref[key]?.length ?? 0) !== (seedTexts[key]?.length ?? 0) + (own[`${w}/${key}`] ?? 0))
        lengthMismatch += 1;
    for (const m of Object.values(ref)
      .join('')
      .matchAll(/\{e(\d+)\}/g))
      counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  const markersNotOnce = once.filter((id) => counts.get(id) !== 1).length;
  return { diverged, lengthMismatch, markersNotOnce };
}

/** Every phone's last acknowledged allocation against what SQLite holds, per workshop. */
export async function checkAllVotes(server: Samsyn, workshops: HeldWorkshop[], gens: HeldGenerators) {
  const acked = (await gens.all<Array<[string, Record<string, number>, number]>>('acked', () => null)).flat();
  let lost = 0;
  let doubled = 0;
  let ackedDots = 0;
  for (const [w, ws] of workshops.entries()) {
    const mine = acked
      .filter(([, , x]) => x === w)
      .map(([p, a]) => [p, a] as [string, Record<string, number>]);
    const c = checkVotes(server.dbFile, ws.dotsId, mine);
    lost += c.lost;
    doubled += c.doubled;
    ackedDots += c.ackedDots;
  }
  return { votesLost: lost, votesDoubled: doubled, ackedDots };
}
