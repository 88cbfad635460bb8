import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.ts';
import { addActivity, addItem, control, openVote } from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
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
    const p = await rawYjs(room.url, room.listId, room.participants[0]!.cookie);
    return edit(p, () => textIn(p, id).insert(0, 'Ny '));
  }

  it('accepts participant edits when much more was typed and deleted than the bound', async () => {
    const room = await openRoom(h, ['Vatten', 'Skog'], ['public']);
    const [id, other] = room.items as [string, string];
    const f = await rawYjs(room.url, room.listId, room.facilitator);

    await churn(f, other);

    expect(await participantEdit(room, id)).toEqual({ saved: 1 });
    // The log was compacted while the document stayed loaded: a few rows, not one per update.
    expect(storedLog(room.dataDir, room.listId).length).toBeLessThan(10);
    expect(storedDoc(room.dataDir, room.listId).texts).toEqual({ [id]: 'Ny Vatten', [other]: 'Skog' });
  }, 60_000);

  it('refuses every writer of a list with DOCUMENT_FULL when its document is full, and not those of another list', async () => {
    const room = await openRoom(h, ['Vatten', 'Skog'], ['public']);
    const [id, other] = room.items as [string, string];
    const stored = await fill(() => rawYjs(room.url, room.listId, room.facilitator), other);

    expect(await participantEdit(room, id)).toEqual({ refused: 'DOCUMENT_FULL' });
    const f2 = await rawYjs(room.url, room.listId, room.facilitator);
    expect(await edit(f2, () => textIn(f2, id).insert(0, 'Ny '))).toEqual({ refused: 'DOCUMENT_FULL' });
    // What is counted is the document itself (and the few updates since it was last compacted).
    expect(stored).toBeGreaterThan(LIMITS.yjsDocumentBytes * 0.9);
    // The bound is per document: another list of the workshop takes edits.
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const second = await addActivity(fs, 'list');
    const itemId = await addItem(fs, second, 'Andra listan');
    await control(fs, second, 'open');
    const p = await rawYjs(room.url, second, room.participants[0]!.cookie);
    expect(await edit(p, () => textIn(p, itemId).insert(0, 'Ny '))).toEqual({ saved: 1 });
  }, 60_000);

  it('refuses a participant with WRONG_PHASE when voting is open and LOCKED when locked', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const [id] = room.items as [string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = await rawYjs(room.url, room.listId, room.participants[0]!.cookie);

    await openVote(fs, room.dotsId, { dotsPerParticipant: 5, maxPerPriority: 3 });
    const inVoting = await edit(p, () => textIn(p, id).insert(0, 'a'));
    await control(fs, room.dotsId, 'close');
    await control(fs, room.listId, 'open');
    await control(fs, room.listId, 'lock');
    const p2 = await rawYjs(room.url, room.listId, room.participants[0]!.cookie);
    const whenLocked = await edit(p2, () => textIn(p2, id).insert(0, 'b'));
    await control(fs, room.listId, 'unlock');
    const p3 = await rawYjs(room.url, room.listId, room.participants[0]!.cookie);
    const whenOpen = await edit(p3, () => textIn(p3, id).insert(0, 'c'));

    expect([inVoting, whenLocked, whenOpen]).toEqual([
      { refused: 'WRONG_PHASE' },
      { refused: 'LOCKED' },
      { saved: 1 },
    ]);
  });
});
