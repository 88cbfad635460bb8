import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Tally as DotsTally } from '../../shared/activities/dots/types.ts';
import type { PollResults } from '../../shared/activities/poll/types.ts';
import type { QuestionResults } from '../../shared/activities/question/types.ts';
import type { WordcloudResults } from '../../shared/activities/wordcloud/types.ts';
import { activityIn, controlAck, sync } from '../integration/helpers/agenda.ts';
import { ensureServerBuild, killHard } from '../integration/helpers/childServer.ts';
import { Harness } from '../integration/helpers/harness.ts';
import { waitFor } from '../integration/helpers/waitFor.ts';
import { checkLedgers } from './helpers/check.ts';
import { allBack, connectCrowd, runCrowd } from './helpers/crowd.ts';
import { occurrences, readDisk, textsOf } from './helpers/disk.ts';
import { faultClients, faultSeeds, Prng } from './helpers/prng.ts';
import { reportRun, sleep } from './helpers/report.ts';
import { type FaultRoom, killAndRestart, openFaultRoom } from './helpers/room.ts';

/**
 * (a) SIGKILL mid-workshop: scripted participants vote, answer a poll, post, add words and items
 * and co-edit a list, all at once; the facilitator closes one poll; at a seeded moment the server
 * process is killed, and restarted on the same data directory.
 */
describe('fault: SIGKILL mid-workshop', () => {
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

  for (const seed of faultSeeds(2)) {
    it(`keeps every acknowledged action exactly once when killed (seed ${seed})`, async () => {
      const started = Date.now();
      const rng = new Prng(seed);
      const clients = faultClients(60);
      room = await openFaultRoom(h, rng, clients, { coItems: Math.max(20, Math.ceil(clients / 3)) });
      const r = room;
      const actors = await connectCrowd(h, r, seed);
      const crowd = runCrowd(actors);

      const closeAt = rng.int(200, 900);
      const killAt = closeAt + rng.int(200, 1500);
      await sleep(closeAt);
      const closed = (await controlAck(r.f, r.closingPollId, 'close')).ok;
      await sleep(killAt - closeAt);
      await killHard(r.server);
      const actions = await crowd.stop();

      // On disk, with the server dead: the ledgers, the closed poll, the file's integrity.
      const dead = readDisk(r.dataDir);
      const atKill = checkLedgers(r, actors, dead);
      expect(atKill.problems).toEqual([]);
      expect(closed).toBe(true);
      expect(dead.status.get(r.closingPollId)).toBe('closed');

      // Restart: the old clients come back by themselves and send what they typed unconfirmed.
      await killAndRestart(r);
      await waitFor(() => allBack(actors), 60_000, 'every client back and saved');
      const fresh = h.yjs(r.url, r.coList, r.facilitator);
      await waitFor(() => fresh.provider.synced, 10_000, 'a fresh client synced');
      const after = readDisk(r.dataDir);
      const stored = after.texts(r.coList);
      expect(textsOf(fresh.texts)).toEqual(stored);
      for (const a of actors) expect(textsOf(a.y.texts)).toEqual(stored);
      // Now every token ever typed is there exactly once: confirmed ones survived, the rest merged.
      const all = Object.values(stored).join('\n');
      for (const a of actors)
        for (const token of [...a.ledger.tokens.acked, ...a.ledger.tokens.pending])
          expect(occurrences(all, token), token).toBe(1);
      expect(checkLedgers(r, actors, after).problems).toEqual([]);

      // Results are counted from the stored rows; the closed poll stays closed.
      const snap = await waitFor(
        async () => r.f.socket.connected && (await sync(r.f)),
        15_000,
        'facilitator back',
      );
      expect(activityIn(snap, r.closingPollId).status).toBe('closed');
      expect(snap.state.liveActivityId).toBe(r.dotsId);
      const dotsRows = [...(after.responses.get(r.dotsId)?.values() ?? [])];
      const storedDots = dotsRows
        .flatMap((rows) => Object.values(rows) as number[])
        .reduce((s, n) => s + n, 0);
      expect((snap.results[r.dotsId] as DotsTally).totalDots).toBe(storedDots);
      for (const id of [r.pollId, r.closingPollId])
        expect((snap.results[id] as PollResults).respondents).toBe(after.responses.get(id)?.size ?? 0);
      expect((snap.results[r.questionId] as QuestionResults).posts).toBe(
        after.entries.get(r.questionId)?.length ?? 0,
      );
      expect((snap.results[r.cloudId] as WordcloudResults).answers).toBe(
        after.entries.get(r.cloudId)?.length ?? 0,
      );

      reportRun({
        scenario: 'sigkill',
        seed,
        clients,
        actions,
        killAtMs: killAt,
        ...atKill.tally,
        ms: Date.now() - started,
      });
    }, 180_000);
  }
});
