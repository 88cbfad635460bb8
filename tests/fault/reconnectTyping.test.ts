import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { DocChannel } from '../../client/realtime/docChannel.ts';
import { TEXTS_KEY, YJS_PATH } from '../../shared/protocol/yjsDoc.ts';
import { Harness, openRoom } from '../integration/helpers/harness.ts';
import { pageHeaders } from '../integration/helpers/origin.ts';
import { waitFor } from '../integration/helpers/waitFor.ts';
import { textOf } from '../integration/helpers/yjs.ts';

/**
 * (e) Found by the outage scenario's question "do offline edits merge?": a phone that comes back
 * with offline edits and types in the first round trip of the new connection. Its keystroke
 * depends on the offline edits, which the server asks for only after the connection opens; sent
 * before them, it was refused (YJS_MISSING_DEPENDENCY), and the phone threw its document away.
 */
describe('fault: typing while a connection comes back', () => {
  const h = new Harness();
  const open: DocChannel[] = [];
  afterEach(async () => {
    for (const c of open.splice(0)) c.close();
    await h.cleanup();
  });

  function channel(url: string, docId: string, cookie: string, doc: Y.Doc, onOpen?: () => void) {
    const seen = { synced: 0, refused: [] as string[] };
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}${YJS_PATH}/${docId}`, {
      headers: pageHeaders(url, cookie),
    });
    const c = new DocChannel(doc, ws as unknown as globalThis.WebSocket, {
      synced: () => {
        seen.synced += 1;
      },
      counted: () => {},
      refused: (code) => seen.refused.push(code),
      closed: () => {},
    });
    // After the channel's own open handler (its sync step 1): the person is still typing.
    if (onOpen) ws.once('open', onOpen);
    open.push(c);
    return { c, seen };
  }

  it('stores offline edits and a keystroke typed as the connection opens, refusing nothing', async () => {
    const room = await openRoom(h, ['Vatten'], ['public']);
    const [id] = room.items as [string];
    const cookie = room.participants[0]!.cookie;
    const doc = new Y.Doc();
    const text = () => doc.getMap<Y.Text>(TEXTS_KEY).get(id)!;
    const first = channel(room.url, room.listId, cookie, doc);
    await waitFor(() => first.seen.synced > 0, 5000, 'synced');
    first.c.close();

    text().insert(text().length, ' offline');
    const again = channel(room.url, room.listId, cookie, doc, () => text().insert(text().length, '!'));
    await waitFor(
      () =>
        again.seen.refused.length > 0 ||
        (again.seen.synced > 0 && again.c.sent > 0 && again.c.saved >= again.c.sent),
      5000,
      'saved or refused',
    );
    const other = h.yjs(room.url, room.listId, room.facilitator);
    await waitFor(() => other.provider.synced, 5000, 'another client synced');
    expect(again.seen.refused).toEqual([]);
    expect(textOf(other, id)).toBe('Vatten offline!');
  });
});
