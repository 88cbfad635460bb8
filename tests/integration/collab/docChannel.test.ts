import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { type ChannelHandlers, DocChannel } from '../../../client/realtime/docChannel.ts';
import { TEXTS_KEY, YJS_CLOSE, YJS_PATH } from '../../../shared/protocol/yjsDoc.ts';
import { control } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { pageHeaders } from '../helpers/origin.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { textOf } from '../helpers/yjs.ts';

/**
 * The phone's own Yjs channel (client/realtime/docChannel.ts) against the real endpoint, with a
 * stock y-websocket client beside it: the two must speak the same protocol.
 */
describe('collab/the client channel', () => {
  const h = new Harness();
  const open: DocChannel[] = [];
  afterEach(async () => {
    for (const c of open.splice(0)) c.close();
    await h.cleanup();
  });

  interface Seen {
    synced: number;
    counted: number;
    refused: string[];
    closed: number[];
  }

  function channel(url: string, docId: string, cookie: string | null, doc = new Y.Doc()) {
    const seen: Seen = { synced: 0, counted: 0, refused: [], closed: [] };
    const handlers: ChannelHandlers = {
      synced: () => {
        seen.synced += 1;
      },
      counted: () => {
        seen.counted += 1;
      },
      refused: (code) => seen.refused.push(code),
      closed: (code) => seen.closed.push(code),
    };
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}${YJS_PATH}/${docId}`, {
      headers: pageHeaders(url, cookie),
    });
    const c = new DocChannel(doc, ws as unknown as globalThis.WebSocket, handlers);
    open.push(c);
    return { c, doc, seen, texts: doc.getMap<Y.Text>(TEXTS_KEY) };
  }

  it('syncs, sends an edit that a y-websocket client sees, and counts it saved', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const [id] = room.items as [string];
    const other = h.yjs(room.url, room.listId, room.facilitator);
    const p = channel(room.url, room.listId, room.participants[0]!.cookie);
    await waitFor(() => p.seen.synced > 0, 5000, 'synced');
    expect(p.texts.get(id)?.toString()).toBe('Vatten');

    p.texts.get(id)!.insert(0, 'Rent ');
    await waitFor(() => textOf(other, id) === 'Rent Vatten', 5000, 'the edit at the other client');
    await waitFor(() => p.c.sent > 0 && p.c.saved >= p.c.sent, 5000, 'saved');
    // …and the other way.
    other.texts.get(id)!.insert('Rent Vatten'.length, ' och luft');
    await waitFor(() => p.texts.get(id)?.toString() === 'Rent Vatten och luft', 5000, 'the edit here');
  });

  it('carries edits made between connections on the same document', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const [id] = room.items as [string];
    const other = h.yjs(room.url, room.listId, room.facilitator);
    const first = channel(room.url, room.listId, room.participants[0]!.cookie);
    await waitFor(() => first.seen.synced > 0, 5000, 'synced');
    first.c.close();
    // Offline: nothing is sent, nothing counted.
    first.texts.get(id)!.insert(0, 'Offline: ');
    expect(first.c.sent).toBe(0);
    const again = channel(room.url, room.listId, room.participants[0]!.cookie, first.doc);
    await waitFor(() => again.seen.synced > 0, 5000, 'synced again');
    await waitFor(() => textOf(other, id) === 'Offline: Vatten', 5000, 'the offline edit at the server');
    await waitFor(() => again.c.sent > 0 && again.c.saved >= again.c.sent, 5000, 'saved');
  });

  it('reports a refused write and an unauthorised connection, and nothing after its own close', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const [id] = room.items as [string];
    const fs = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const p = channel(room.url, room.listId, room.participants[0]!.cookie);
    await waitFor(() => p.seen.synced > 0, 5000, 'synced');
    await control(fs, room.listId, 'lock');
    p.texts.get(id)!.insert(0, 'Låst: ');
    await waitFor(() => p.seen.refused.length > 0, 5000, 'refused');
    expect(p.seen.refused).toEqual(['LOCKED']);

    const stranger = channel(room.url, room.listId, null);
    await waitFor(() => stranger.seen.closed.length > 0, 5000, 'closed');
    expect(stranger.seen.closed).toEqual([YJS_CLOSE.unauthorised]);
    expect(stranger.seen.synced).toBe(0);

    p.c.close();
    await new Promise((r) => setTimeout(r, 200));
    expect(p.seen.closed).toEqual([]);
  });
});
