import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import type WebSocket from 'ws';
import WS from 'ws';
import * as Y from 'yjs';
import type { CreatedWorkshop } from '../../shared/protocol/api.ts';
import { YJS_PATH } from '../../shared/protocol/yjsDoc.ts';
import { edit, type RawYjs, sendUpdate } from '../integration/collab/rawYjs.ts';
import { listAndDots, sync } from '../integration/helpers/agenda.ts';
import { createWorkshop, join, login } from '../integration/helpers/http.ts';
import { connectSocket } from '../integration/helpers/sockets.ts';
import { connectPacket, openEngine, randomFrame } from './fuzz/engineFrames.ts';
import { FUZZ_SEED, FUZZ_TIMEOUT_MS, iterations, seeded } from './fuzz/prng.ts';
import { crashLines, startTarget, type Target } from './fuzz/target.ts';
import { craftedUpdate, randomYjsFrame } from './fuzz/yjsFrames.ts';
import { openPeer } from './yjsPeer.ts';

const closed = (ws: WebSocket) =>
  ws.readyState === ws.CLOSED
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        ws.once('close', () => resolve());
        setTimeout(() => {
          ws.terminate();
          resolve();
        }, 2000).unref();
      });

/**
 * The server's answer to the update just sent: its `saved`/`refused` reply, or the close. Waits
 * on the socket's own events (the peer's listener, registered first, has recorded the reply).
 */
function answerTo(peer: RawYjs, before: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const reply = peer.replies[before];
      if (reply) finish('saved' in reply ? 'saved' : `refused ${reply.refused}`);
    };
    const onClose = () => finish('closed');
    const timer = setTimeout(() => reject(new Error('no answer to a crafted update in 10 s')), 10_000);
    const finish = (answer: string) => {
      clearTimeout(timer);
      peer.ws.off('message', check);
      peer.ws.off('close', onClose);
      resolve(answer);
    };
    peer.ws.on('message', check);
    peer.ws.once('close', onClose);
    if (peer.ws.readyState === peer.ws.CLOSED) onClose();
    check();
  });
}

const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

describe('abuse: random frames and crafted Yjs updates on both sockets (child server, seeded)', () => {
  let target: Target;
  let url: string;
  let owner: string;
  let participant: string;
  let workshop: CreatedWorkshop['workshop'];
  let listId: string;
  const report: string[] = [];
  let rssStart = 0;
  beforeAll(async () => {
    target = await startTarget();
    url = target.server.url;
    owner = await login(url);
    workshop = (await createWorkshop(url, owner, ['Ett', 'Två'])).workshop;
    listId = listAndDots(workshop).listId;
    participant = (await join(url, workshop.code)).cookie;
    rssStart = target.rssMiB();
  }, 90_000);
  afterAll(async () => {
    console.info(`fuzzSockets seed ${FUZZ_SEED}:\n  ${report.join('\n  ')}`);
    await target?.stop();
  });

  it(
    'survives random and truncated Engine.IO/Socket.IO frames, before and after the handshake',
    async () => {
      const rng = seeded(FUZZ_SEED);
      const n = iterations(5000);
      const how = new Map<string, number>();
      const probe = target.probe();
      let sent = 0;
      let connections = 0;
      while (sent < n) {
        const variant = rng.pick(['participant', 'facilitator', 'none', 'anonymous'] as const);
        count(how, variant);
        const handshake =
          variant === 'none'
            ? null
            : connectPacket(workshop.id, variant === 'anonymous' ? 'participant' : variant);
        const cookie = variant === 'participant' ? participant : variant === 'facilitator' ? owner : null;
        const ws = await openEngine(url, cookie, handshake);
        connections += 1;
        for (let k = 1 + rng.int(40); k > 0 && sent < n; k -= 1) {
          if (ws.readyState !== ws.OPEN) break;
          ws.send(randomFrame(rng, listId));
          sent += 1;
        }
        ws.close();
        await closed(ws);
      }
      const stall = await probe.stop();
      report.push(
        `engine.io/socket.io: ${sent} frames over ${connections} connections ${JSON.stringify(Object.fromEntries(how))}; ` +
          `health max ${stall.maxMs.toFixed(0)} ms, RSS ${target.rssMiB().toFixed(0)} MiB`,
      );
      expect(target.alive()).toBe(true);
      expect(stall.failures).toBe(0);
      expect(stall.maxMs).toBeLessThan(2000);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'survives random and truncated y-protocols messages, before and after a valid sync',
    async () => {
      const rng = seeded(FUZZ_SEED + 1);
      const n = iterations(5000);
      const kinds = new Map<string, number>();
      const probe = target.probe();
      const base = new Uint8Array([0, 0]);
      let sent = 0;
      let connections = 0;
      while (sent < n) {
        const variant = rng.pick(['participant', 'facilitator', 'anonymous', 'unknown document'] as const);
        const cookie = variant === 'participant' ? participant : variant === 'facilitator' ? owner : null;
        let ws: WebSocket;
        let doc: Uint8Array = base;
        if (rng.chance(0.5) && (variant === 'participant' || variant === 'facilitator')) {
          // After a valid sync: the peer holds the document and the server has answered it.
          const peer = await openPeer(url, listId, cookie);
          if (typeof peer === 'string') throw new Error(`a valid peer was refused: ${peer}`);
          ws = peer.ws;
          doc = Y.encodeStateAsUpdate(peer.doc);
        } else {
          const name =
            variant === 'unknown document'
              ? rng.pick(['abcdef123', '%E0%A4%A', 'x'.repeat(300), '..%2F'])
              : listId;
          ws = new WS(`${url.replace(/^http/, 'ws')}${YJS_PATH}/${name}`, {
            headers: cookie ? { cookie } : {},
          });
          ws.on('error', () => {});
          await new Promise<void>((resolve) => {
            ws.once('open', () => resolve());
            ws.once('close', () => resolve());
            ws.once('unexpected-response', () => resolve());
          });
        }
        connections += 1;
        for (let k = 1 + rng.int(20); k > 0 && sent < n; k -= 1) {
          if (ws.readyState !== ws.OPEN) break;
          const { kind, frame } = randomYjsFrame(rng, doc);
          count(kinds, kind);
          ws.send(frame);
          sent += 1;
        }
        ws.close();
        await closed(ws);
      }
      const stall = await probe.stop();
      report.push(
        `yjs frames: ${sent} over ${connections} connections ${JSON.stringify(Object.fromEntries(kinds))}; ` +
          `health max ${stall.maxMs.toFixed(0)} ms, RSS ${target.rssMiB().toFixed(0)} MiB`,
      );
      expect(target.alive()).toBe(true);
      expect(stall.failures).toBe(0);
      expect(stall.maxMs).toBeLessThan(2000);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'answers crafted Yjs updates with saved, refused or a close, and keeps the document sane',
    async () => {
      const rng = seeded(FUZZ_SEED + 2);
      const n = iterations(1000);
      // The mirrors write under borrowed client ids on purpose; Yjs warns about that on stdout.
      const log = console.log;
      const quiet = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        if (!args.some((a) => typeof a === 'string' && a.includes('Changed the client-id'))) log(...args);
      });
      onTestFinished(() => quiet.mockRestore());
      const kinds = new Map<string, number>();
      const answers = new Map<string, number>();
      const probe = target.probe();
      // A document per round: a facilitator's accepted inserts pile up in it, and a long run on
      // one document would measure Yjs on a huge text rather than the server on hostile input.
      const ROUND = 200;
      let doc = { listId, participant, foreign: 0 };
      let peer: RawYjs | null = null;
      let sinceOpen = 0;
      let drifted = false;
      const sane = async (id: string) => {
        // Only text edits may ever be saved: the document still holds nothing but texts.
        const after = await openPeer(url, id, owner);
        if (typeof after === 'string') throw new Error(after);
        expect([...after.doc.share.keys()]).toEqual(['texts']);
        for (const value of after.texts.values()) expect(value).toBeInstanceOf(Y.Text);
        after.ws.close();
      };
      for (let i = 0; i < n; i += 1) {
        if (i % ROUND === 0) {
          if (i > 0) {
            peer?.ws.close();
            peer = null;
            await sane(doc.listId);
            const fresh = (await createWorkshop(url, owner, ['Ett', 'Två'])).workshop;
            doc = {
              listId: listAndDots(fresh).listId,
              participant: (await join(url, fresh.code)).cookie,
              foreign: 0,
            };
          }
          // A client id the facilitator has written with: a participant may not borrow it.
          const staff = await openPeer(url, doc.listId, owner);
          if (typeof staff === 'string') throw new Error(staff);
          const key = [...staff.texts.keys()][0] as string;
          await edit(staff, () => (staff.texts.get(key) as Y.Text).insert(0, '!'));
          doc.foreign = staff.doc.clientID;
          staff.ws.close();
        }
        // A new peer after a close, and when its mirror has drifted from the server's (it keeps
        // what was refused, so everything after a withheld struct would be refused the same way).
        if (!peer || peer.ws.readyState !== peer.ws.OPEN || drifted || sinceOpen >= 50) {
          peer?.ws.close();
          sinceOpen = 0;
          const opened = await openPeer(url, doc.listId, rng.chance(0.8) ? doc.participant : owner);
          if (typeof opened === 'string') throw new Error(`a valid peer was refused: ${opened}`);
          peer = opened;
        }
        sinceOpen += 1;
        const { kind, update } = craftedUpdate(rng, peer.doc, doc.foreign);
        count(kinds, kind);
        const before = peer.replies.length;
        const current: RawYjs = peer;
        sendUpdate(current, update);
        const answer = await answerTo(current, before);
        count(answers, answer);
        drifted = answer === 'refused YJS_MISSING_DEPENDENCY';
      }
      peer?.ws.close();
      const stall = await probe.stop();
      report.push(
        `crafted updates: ${n} ${JSON.stringify(Object.fromEntries(kinds))} → ${JSON.stringify(Object.fromEntries(answers))}; ` +
          `health max ${stall.maxMs.toFixed(0)} ms, RSS ${target.rssMiB().toFixed(0)} MiB`,
      );
      expect(target.alive()).toBe(true);
      expect(stall.maxMs).toBeLessThan(2000);
      await sane(doc.listId);
    },
    FUZZ_TIMEOUT_MS,
  );

  it('still serves a normal client afterwards, with no stack trace in its log', async () => {
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    const newcomer = await join(url, workshop.code);
    const s = await connectSocket(url, workshop.id, 'participant', newcomer.cookie);
    expect((await sync(s)).state.id).toBe(workshop.id);
    s.socket.close();
    // A fresh workshop: the fuzzed one may be at its caps, which is a refusal, not a fault.
    const fresh = (await createWorkshop(url, owner, ['Ett'])).workshop;
    const person = await join(url, fresh.code);
    const peer = await openPeer(url, listAndDots(fresh).listId, person.cookie);
    if (typeof peer === 'string') throw new Error(peer);
    const key = [...peer.texts.keys()][0] as string;
    expect(await edit(peer, () => (peer.texts.get(key) as Y.Text).insert(0, 'ok '))).toEqual({ saved: 1 });
    peer.ws.close();
    expect(crashLines(target.server.output())).toEqual([]);
    // Reported, and bounded only generously: RSS moves with V8's heap sizing, not just leaks.
    const rssEnd = target.rssMiB();
    report.push(
      `RSS ${rssStart.toFixed(0)} MiB after setup → ${rssEnd.toFixed(0)} MiB at the end; log lines ${target.server.output().split('\n').length}`,
    );
    if (Number.isFinite(rssEnd)) expect(rssEnd - rssStart).toBeLessThan(300);
  }, 60_000);
});
