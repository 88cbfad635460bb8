import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PollResults } from '../../shared/activities/poll/types.ts';
import type { QuestionResults } from '../../shared/activities/question/types.ts';
import type { WordcloudResults } from '../../shared/activities/wordcloud/types.ts';
import { activityIn, controlAck, sync } from '../integration/helpers/agenda.ts';
import { ensureServerBuild, killHard } from '../integration/helpers/childServer.ts';
import { Harness } from '../integration/helpers/harness.ts';
import { waitFor } from '../integration/helpers/waitFor.ts';
import type { Actor } from './helpers/actor.ts';
import { checkLedgers } from './helpers/check.ts';
import { connectCrowd } from './helpers/crowd.ts';
import { readDisk } from './helpers/disk.ts';
import { faultClients, faultSeeds, Prng } from './helpers/prng.ts';
import { reportRun, sleep } from './helpers/report.ts';
import { type FaultRoom, killAndRestart, openFaultRoom } from './helpers/room.ts';

/**
 * (c) A burst of answers racing a close: every participant sends poll answers, posts and words
 * back to back while, at a seeded moment, the facilitator closes all three activities. Each answer
 * is either acknowledged and stored, or refused and absent; then the server is killed and the same
 * holds on restart, with results counted from exactly the stored rows.
 */
describe('fault: a burst of answers racing a close', () => {
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

  for (const seed of faultSeeds(1)) {
    it(`counts or refuses each racing answer whole (seed ${seed})`, async () => {
      const started = Date.now();
      const rng = new Prng(seed);
      const clients = faultClients(60);
      room = await openFaultRoom(h, rng, clients);
      const r = room;
      const actors = await connectCrowd(h, r, seed);
      const racing = [r.closingPollId, r.questionId, r.cloudId];

      let closed = false;
      const burst = async (a: Actor) => {
        // Until the close, and a few more after it: those must all be refused.
        let after = 3;
        while (after > 0) {
          if (closed) after -= 1;
          await a.act(a.rng.pick(['closingPoll', 'post', 'word'] as const));
        }
      };
      const sending = Promise.all(actors.map(burst));
      await sleep(rng.int(100, 600));
      const replies = await Promise.all(racing.map((id) => controlAck(r.f, id, 'close')));
      closed = true;
      expect(replies.every((x) => x.ok)).toBe(true);
      await sending;

      const check = (label: string) => {
        const disk = readDisk(r.dataDir);
        const { problems, tally } = checkLedgers(r, actors, disk);
        expect(problems, label).toEqual([]);
        for (const id of racing) expect(disk.status.get(id), label).toBe('closed');
        // No answer was left in flight: every one was answered, so the ledgers are exact.
        expect(tally.unanswered).toBe(0);
        return { disk, tally };
      };
      const live = check('beside the running server');
      // At least the three sent after the close, per client (VOTING_CLOSED; RATE_LIMITED counts too).
      expect(live.tally.refused).toBeGreaterThanOrEqual(actors.length * 3);

      await killAndRestart(r);
      const { disk } = check('after SIGKILL and restart');
      const snap = await waitFor(
        async () => r.f.socket.connected && (await sync(r.f)),
        15_000,
        'facilitator back',
      );
      for (const id of racing) expect(activityIn(snap, id).status).toBe('closed');
      expect((snap.results[r.closingPollId] as PollResults).respondents).toBe(
        disk.responses.get(r.closingPollId)?.size ?? 0,
      );
      expect((snap.results[r.questionId] as QuestionResults).posts).toBe(
        disk.entries.get(r.questionId)?.length ?? 0,
      );
      expect((snap.results[r.cloudId] as WordcloudResults).answers).toBe(
        disk.entries.get(r.cloudId)?.length ?? 0,
      );
      reportRun({ scenario: 'closeRace', seed, clients, ...live.tally, ms: Date.now() - started });
    }, 120_000);
  }
});
