import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { DocChannel } from '../../client/realtime/docChannel.ts';
import { TEXTS_KEY, YJS_PATH } from '../../shared/protocol/yjsDoc.ts';
import { ensureServerBuild, killHard } from '../integration/helpers/childServer.ts';
import { Harness } from '../integration/helpers/harness.ts';
import { pageHeaders } from '../integration/helpers/origin.ts';
import { waitFor } from '../integration/helpers/waitFor.ts';
import { allSaved, closeYjs } from '../integration/helpers/yjs.ts';
import { Actor } from './helpers/actor.ts';
import { checkLedgers } from './helpers/check.ts';
import { occurrences, readDisk, textsOf } from './helpers/disk.ts';
import { faultSeeds, Prng } from './helpers/prng.ts';
import { reportRun, sleep } from './helpers/report.ts';
import { type FaultRoom, killAndRestart, openFaultRoom } from './helpers/room.ts';

/**
 * (b) A tab closes right after an edit, then the server is killed. "Saved" is the endpoint's
 * `saved` message (server/collab/connection.ts): sent after LiveDoc stored the update, the count
 * of update-bearing messages stored from that connection. The phone shows "Sparat" when that
 * count reaches what it sent (client/realtime/yjs.ts); that is the promise this test holds it to.
 */
describe('fault: a tab closes right after an edit, then the server dies', () => {
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
    it(`keeps every saved edit of a closed tab (seed ${seed})`, async () => {
      const started = Date.now();
      const rng = new Prng(seed);
      room = await openFaultRoom(h, rng, 20);
      const r = room;
      const actors: Actor[] = [];
      for (const p of r.participants) actors.push(await Actor.connect(h, r, p.index, seed));
      await waitFor(() => actors.every((a) => a.y.provider.synced), 15_000, 'synced');

      // Stock y-websocket tabs: an edit and an answer, each acknowledged, and the tab closes at once.
      const closedTokens: string[] = [];
      await Promise.all(
        actors.map(async (a) => {
          const token = a.edit();
          if (token) closedTokens.push(token);
          await a.answerPoll('poll');
          await waitFor(() => allSaved(a.y), 10_000, 'the edit saved');
          closeYjs(a.y);
          a.socket.socket.close();
        }),
      );
      expect(actors.every((a) => a.ledger.tokens.acked.size === 1)).toBe(true);

      // The phone's own channel, closed the moment its `saved` count covers the edit.
      const phone = r.participants[0]!;
      const doc = new Y.Doc();
      const channelToken = `[phone.${seed}]`;
      let channel: DocChannel | null = null;
      const savedAndClosed = new Promise<void>((resolve) => {
        const ws = new WebSocket(`${r.url.replace(/^http/, 'ws')}${YJS_PATH}/${r.coList}`, {
          headers: pageHeaders(r.url, phone.cookie),
        });
        let typed = false;
        channel = new DocChannel(doc, ws as unknown as globalThis.WebSocket, {
          synced: () => {
            if (typed) return;
            typed = true;
            const text = doc.getMap<Y.Text>(TEXTS_KEY).get(r.coItems[1]!)!;
            text.insert(text.length, channelToken);
          },
          counted: () => {
            if (typed && channel && channel.sent > 0 && channel.saved >= channel.sent) {
              channel.close();
              resolve();
            }
          },
          refused: () => {},
          closed: () => {},
        });
      });
      await savedAndClosed;
      // Killed within a seeded moment of the last close (0–50 ms).
      await sleep(rng.int(0, 50));
      await killHard(r.server);

      const dead = readDisk(r.dataDir);
      const texts = Object.values(dead.texts(r.coList)).join('\n');
      for (const token of [...closedTokens, channelToken]) expect(occurrences(texts, token), token).toBe(1);
      const checked = checkLedgers(r, actors, dead);
      expect(checked.problems).toEqual([]);

      await killAndRestart(r);
      const fresh = h.yjs(r.url, r.coList, r.facilitator);
      await waitFor(() => fresh.provider.synced, 10_000, 'a fresh client synced');
      expect(textsOf(fresh.texts)).toEqual(dead.texts(r.coList));
      reportRun({
        scenario: 'tabClose',
        seed,
        tabs: actors.length + 1,
        edits: closedTokens.length + 1,
        ...checked.tally,
        ms: Date.now() - started,
      });
    }, 120_000);
  }
});
