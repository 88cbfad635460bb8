import path from 'node:path';
import * as Y from 'yjs';
import { memoryAfterGc, memoryMetrics } from '../lib/inspector.ts';
import { sleep } from '../lib/proc.ts';
import { forkTs } from '../lib/rpc.ts';
import { fetchDoc } from '../lib/samsyn.ts';
import { textsOf, YjsClient } from '../load/yjsClient.ts';
import type { PeerKind } from '../servers/peerServer.ts';
import { coedit, diverged } from './coedit.ts';
import type { BenchConfig } from './config.ts';
import { type Generators, roles } from './generators.ts';

const PEER = path.join(import.meta.dirname, '..', 'servers', 'peerServer.ts');

/**
 * A peer or the limit under the co-editing workload Samsyn gets, from the same generators, and
 * its memory per connected participant, read as Samsyn's is.
 */
export async function peerCase(
  gens: Generators,
  kind: PeerKind,
  cfg: BenchConfig,
  n: number,
  seed: Uint8Array,
  log: (s: string) => void,
) {
  const server = forkTs(PEER, { inspect: true });
  let holder: YjsClient | null = null;
  try {
    const port = await server.call<number>('start', { kind, seed }, 20_000);
    const inspector = await server.inspector;
    if (!inspector) throw new Error('the peer server has no inspector');
    const base = `ws://127.0.0.1:${port}`;
    await gens.setup({
      base: '',
      yjsUrl: kind === 'hocus' ? base : `${base}/bench`,
      docName: 'bench',
      dialect: kind === 'hocus' ? 'hocus' : 'yws',
      syncWithServer: kind !== 'bare',
      samsyn: null,
      seed,
    });
    const { real, editors } = roles(n, cfg.editors, cfg.realClients);
    // As in Samsyn, the document is already in memory at the first reading: the peers load it on
    // the first connection, so a client of ours holds it until the second reading.
    if (kind !== 'bare') {
      holder = new YjsClient({
        url: kind === 'hocus' ? base : `${base}/bench`,
        docName: 'bench',
        dialect: kind === 'hocus' ? 'hocus' : 'yws',
        syncWithServer: true,
      });
      await holder.ready(15_000);
    }
    await sleep(300);
    const before = await memoryAfterGc(inspector);
    log(`${kind}: connecting ${n}`);
    const connected = await gens.all<{ failures: string[] }>(
      'connect',
      (k) => ({ indices: gens.share(n, k), startAt: 0, spreadMs: 0, total: n, editors, real }),
      120_000,
    );
    const failedJoins = connected.reduce((f, c) => f + c.failures.length, 0);
    await sleep(500);
    const memory = memoryMetrics(before, await memoryAfterGc(inspector), n);
    holder?.close();
    holder = null;
    log(`${kind}: co-editing`);
    const c = await coedit(gens, cfg, n, editors, Object.keys(textsOf(seedDoc(seed))), server.pid);
    const replicas = (await gens.all<Record<string, string>[]>('texts', () => null)).flat();
    const reference = kind === 'bare' ? null : await serverTexts(kind, base);
    return { ...c, ...memory, failedJoins, diverged: diverged(replicas, reference, c.edits) };
  } finally {
    holder?.close();
    await gens.close();
    await server.stop();
  }
}

const seedDoc = (seed: Uint8Array) => {
  const d = new Y.Doc();
  Y.applyUpdate(d, seed);
  return d;
};

async function serverTexts(kind: PeerKind, base: string) {
  if (kind === 'yws') return textsOf(await fetchDoc(base, 'bench', ''));
  // No stock Hocuspocus client is installed: a real Y.Doc behind our own Hocuspocus framing.
  const doc = new Y.Doc();
  const client = new YjsClient({ url: base, docName: 'bench', dialect: 'hocus', syncWithServer: true, doc });
  await client.ready(15_000);
  client.close();
  return textsOf(doc);
}

/** The 100 priorities of the Samsyn workshop, as a document the peers start from. */
export function seedFor(priorities: number): Uint8Array {
  const doc = new Y.Doc();
  const texts = doc.getMap<Y.Text>('texts');
  for (let i = 0; i < priorities; i++)
    texts.set(
      `p${String(i).padStart(3, '0')}xyz`,
      new Y.Text(`Prioritering ${i + 1}: bättre kollektivtrafik i länet`),
    );
  return Y.encodeStateAsUpdate(doc);
}
