import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { FAULT_POINTS } from '../../server/faultPoint.ts';
import { ensureServerBuild, killHard } from '../integration/helpers/childServer.ts';
import { Harness } from '../integration/helpers/harness.ts';
import { waitFor } from '../integration/helpers/waitFor.ts';
import { Actor } from './helpers/actor.ts';
import { occurrences, readDisk, textsOf } from './helpers/disk.ts';
import { Prng } from './helpers/prng.ts';
import { reportRun, sleep } from './helpers/report.ts';
import { type FaultRoom, killAndRestart, openFaultRoom } from './helpers/room.ts';

/** Stored rows since the last compaction that start one (server/collab/logCompactor.ts COMPACT_ROWS). */
const COMPACT_ROWS = 2000;

/**
 * (d) Compaction killed between any two of its steps. A compaction (LiveDoc.compactNow →
 * yjsRepo.compact) reads the last stored seq, encodes the document, then in one transaction
 * deletes the rows up to that seq and inserts their merge. The child server is started with
 * SAMSYN_FAULT_KILL_AT (server/faultPoint.ts) and SIGKILLs itself at that step boundary while a
 * participant types fast enough to make the log due; nothing the server said `saved` may be lost.
 */
describe('fault: compaction killed between its steps', () => {
  const h = new Harness();
  let room: FaultRoom | null = null;
  beforeAll(() => {
    ensureServerBuild();
  }, 180_000);
  afterEach(async () => {
    await h.cleanup();
    if (room) await killHard(room.server);
    room = null;
  });

  for (const point of FAULT_POINTS) {
    it(`loses no saved edit when killed at ${point}`, async () => {
      const started = Date.now();
      room = await openFaultRoom(h, new Prng(1), 1, { env: { SAMSYN_FAULT_KILL_AT: point } });
      const r = room;
      const a = await Actor.connect(h, r, 0, 1);
      await waitFor(() => a.y.provider.synced, 10_000, 'synced');
      const rowsBefore = readDisk(r.dataDir).logRows(r.coList);

      // Updates in quick bursts: a kept token every 20th, a typed-and-erased letter otherwise (the
      // texts stay within their length limit), still typing when the compaction starts and dies.
      const filler = a.y.texts.get(r.coItems[0]!) as Y.Text;
      for (let i = 0; i < (COMPACT_ROWS - rowsBefore) * 1.2 && r.server.child.signalCode === null; i += 1) {
        if (i % 20 === 0) a.edit(r.coItems[(i / 20) % r.coItems.length]);
        else if (i % 2 === 1) filler.insert(filler.length, 'x');
        else filler.delete(filler.length - 1, 1);
        if (i % 50 === 49) await sleep(2);
      }
      await waitFor(() => r.server.child.signalCode !== null, 30_000, 'the server to reach the fault point');
      expect(r.server.child.signalCode).toBe('SIGKILL');

      const dead = readDisk(r.dataDir);
      expect(dead.integrity).toBe('ok');
      const texts = Object.values(dead.texts(r.coList)).join('\n');
      const saved = [...a.ledger.tokens.acked];
      expect(saved.length).toBeGreaterThan(0);
      for (const token of saved) expect(occurrences(texts, token), token).toBe(1);
      const rows = dead.logRows(r.coList);
      // Killed before the commit: every old row is still there. After: their merge replaced them.
      if (point === 'compact:committed') expect(rows).toBeLessThan(COMPACT_ROWS / 2);
      else expect(rows).toBeGreaterThan(COMPACT_ROWS);

      // Restarted without the fault: loading the long log compacts it, and a fresh client agrees.
      // The typist leaves first: its unconfirmed edits, sent again when it reconnects, would
      // otherwise land on top of the disk's state before the fresh client reads it.
      a.y.provider.destroy();
      a.socket.socket.disconnect();
      await killAndRestart(r);
      const fresh = h.yjs(r.url, r.coList, r.facilitator);
      await waitFor(() => fresh.provider.synced, 10_000, 'a fresh client synced');
      expect(textsOf(fresh.texts)).toEqual(dead.texts(r.coList));
      reportRun({
        scenario: 'compaction',
        point,
        savedEdits: saved.length,
        unconfirmedEdits: a.ledger.tokens.pending.size,
        rowsAtKill: rows,
        ms: Date.now() - started,
      });
    }, 60_000);
  }
});
