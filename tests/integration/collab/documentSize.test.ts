import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.ts';
import { Harness, openRoom, priorityIds, type Room } from '../helpers/harness.ts';
import { ack, okData } from '../helpers/sockets.ts';
import { storedDoc, storedLog } from './disk.ts';
import { edit, type RawYjs, rawYjs, textIn } from './rawYjs.ts';

const CHUNK = 'x'.repeat(60_000);
/** Enough 60 kB chunks to pass the document bound. */
const CHUNKS = Math.ceil(LIMITS.yjsDocumentBytes / CHUNK.length) + 1;

/** The facilitator types `CHUNKS` chunks into a text and deletes each again; all are stored. */
async function churn(raw: RawYjs, id: string): Promise<void> {
  for (let i = 0; i < CHUNKS; i += 1) {
    expect(await edit(raw, () => textIn(raw, id).insert(0, CHUNK))).toHaveProperty('saved');
    expect(await edit(raw, () => textIn(raw, id).delete(0, CHUNK.length))).toHaveProperty('saved');
  }
}

/**
 * The facilitator adds ever smaller chunks to a text until not even one character fits; returns
 * the characters stored. After each refusal it starts afresh, as a refused client must.
 */
async function fill(connect: () => Promise<RawYjs>, id: string): Promise<number> {
  let stored = 0;
  for (const size of [CHUNK.length, 4000, 200, 10, 1]) {
    const raw = await connect();
    for (let i = 0; i <= CHUNKS; i += 1) {
      const reply = await edit(raw, () => textIn(raw, id).insert(0, CHUNK.slice(0, size)));
      if ('refused' in reply) {
        expect(reply).toEqual({ refused: 'DOCUMENT_FULL' });
        break;
      }
      stored += size;
    }
    raw.ws.close();
  }
  return stored;
}

describe('collab document size bound', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  async function participantEdit(room: Room, id: string): Promise<unknown> {
    const p = await rawYjs(room.url, room.workshop.id, room.participants[0]!.cookie);
    return edit(p, () => textIn(p, id).insert(0, 'Ny '));
  }

  it('accepts participant edits when much more was typed and deleted than the bound', async () => {
    const room = await openRoom(h, ['Vatten', 'Skog'], ['public']);
    const [id, other] = priorityIds(room) as [string, string];
    const f = await rawYjs(room.url, room.workshop.id, room.facilitator);

    await churn(f, other);

    expect(await participantEdit(room, id)).toEqual({ saved: 1 });
    // The log was compacted while the document stayed loaded: a few rows, not one per update.
    expect(storedLog(room.dataDir, room.workshop.id).length).toBeLessThan(10);
    expect(storedDoc(room.dataDir, room.workshop.id).texts).toEqual({ [id]: 'Ny Vatten', [other]: 'Skog' });
  }, 60_000);

  it('refuses every writer with DOCUMENT_FULL when the document itself is full', async () => {
    const room = await openRoom(h, ['Vatten', 'Skog'], ['public']);
    const [id, other] = priorityIds(room) as [string, string];
    const stored = await fill(() => rawYjs(room.url, room.workshop.id, room.facilitator), other);

    expect(await participantEdit(room, id)).toEqual({ refused: 'DOCUMENT_FULL' });
    const f2 = await rawYjs(room.url, room.workshop.id, room.facilitator);
    expect(await edit(f2, () => textIn(f2, id).insert(0, 'Ny '))).toEqual({ refused: 'DOCUMENT_FULL' });
    // What is counted is the document itself (and the few updates since it was last compacted).
    expect(stored).toBeGreaterThan(LIMITS.yjsDocumentBytes * 0.9);
  }, 60_000);

  it('refuses a participant with WRONG_PHASE when voting is open and LOCKED when locked', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const [id] = priorityIds(room) as [string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await rawYjs(room.url, room.workshop.id, room.participants[0]!.cookie);

    okData(await ack(fs, 'vote:open', { dotsPerParticipant: 5, maxPerPriority: 3 }));
    const inVoting = await edit(p, () => textIn(p, id).insert(0, 'a'));
    okData(await ack(fs, 'vote:close', {}));
    okData(await ack(fs, 'workshop:collect', {}));
    okData(await ack(fs, 'workshop:lock', { locked: true }));
    const p2 = await rawYjs(room.url, room.workshop.id, room.participants[0]!.cookie);
    const whenLocked = await edit(p2, () => textIn(p2, id).insert(0, 'b'));

    expect([inVoting, whenLocked]).toEqual([{ refused: 'WRONG_PHASE' }, { refused: 'LOCKED' }]);
  });
});
