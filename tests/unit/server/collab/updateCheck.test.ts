import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Checked, checkUpdate, type WritePolicy } from '../../../../server/collab/updateCheck.ts';
import { MalformedUpdate } from '../../../../server/collab/updateDecode.ts';
import { TEXTS_KEY } from '../../../../shared/protocol/yjsDoc.ts';

const ME = 'p:me';
const participant: WritePolicy = { owner: ME, refuseText: () => null, maxTextLength: 20 };

/** The server's document: texts written by the server itself, as WorkshopService does. */
function serverDoc(texts: Record<string, string>): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const [key, text] of Object.entries(texts)) doc.getMap(TEXTS_KEY).set(key, new Y.Text(text));
  });
  return doc;
}

/** A client's copy of `server`, as after its first sync. */
function clientOf(server: Y.Doc, clientID?: number): Y.Doc {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
  return doc;
}

/** The update a change on `client` sends. */
function updateOf(client: Y.Doc, change: (texts: Y.Map<unknown>, doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(client);
  client.transact(() => change(client.getMap(TEXTS_KEY), client));
  return Y.encodeStateAsUpdate(client, before);
}

function textIn(doc: Y.Doc, key: string): Y.Text {
  const t = doc.getMap(TEXTS_KEY).get(key);
  if (!(t instanceof Y.Text)) throw new Error(`no text ${key}`);
  return t;
}

function check(server: Y.Doc, update: Uint8Array, policy = participant, owners = new Map<number, string>()) {
  return checkUpdate(server, owners, update, policy);
}

const refused = (code: string): Checked => ({ ok: false, code }) as Checked;

/** An update of one hand-made item, as no Yjs client would write it. */
function crafted(client: number, clock: number, origin: Y.ID | null, rightOrigin: Y.ID | null, text: string) {
  const content = new Y.ContentString(text);
  const item = new Y.Item(Y.createID(client, clock), null, origin, null, rightOrigin, null, null, content);
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, 1); // clients
  encoding.writeVarUint(encoder.restEncoder, 1); // structs of this client
  encoder.writeClient(client);
  encoding.writeVarUint(encoder.restEncoder, clock);
  item.write(encoder, 0);
  encoding.writeVarUint(encoder.restEncoder, 0); // no deletes
  return encoder.toUint8Array();
}

/** The id of the first character of a text on the server. */
function firstCharOf(doc: Y.Doc, key: string): Y.ID {
  const first = textIn(doc, key)._start;
  if (!first) throw new Error('empty text');
  return first.id;
}

describe('collab/updateCheck', () => {
  it('accepts typing and deleting inside a text, names the text and claims the new client id', () => {
    const server = serverDoc({ a: 'Vatten', b: 'Skog' });
    const client = clientOf(server, 1001);
    const update = updateOf(client, () => {
      textIn(client, 'a').insert(6, ' och avlopp');
      textIn(client, 'a').delete(0, 1);
    });

    const result = check(server, update);

    expect(result).toEqual({ ok: true, changes: true, touched: new Set(['a']), claims: [1001] });
    Y.applyUpdate(server, update);
    expect(textIn(server, 'a').toString()).toBe('atten och avlopp');
    expect(server.store.pendingStructs).toBeNull();
  });

  it('accepts the first characters of an empty text, which name their parent instead of an origin', () => {
    const server = serverDoc({ a: '' });
    const client = clientOf(server, 1002);

    expect(
      check(
        server,
        updateOf(client, () => textIn(client, 'a').insert(0, 'Hej')),
      ),
    ).toMatchObject({
      ok: true,
      touched: new Set(['a']),
    });
  });

  it('accepts deleting characters another client wrote', () => {
    const server = serverDoc({ a: 'Vatten' });
    const client = clientOf(server, 1003);

    expect(
      check(
        server,
        updateOf(client, () => textIn(client, 'a').delete(0, 6)),
      ),
    ).toEqual({
      ok: true,
      changes: true,
      touched: new Set(['a']),
      claims: [],
    });
  });

  it.each([
    ['sets a new key', (t: Y.Map<unknown>) => t.set('c', new Y.Text('x'))],
    ['overwrites a text with a number', (t: Y.Map<unknown>) => t.set('a', 42)],
    ['overwrites a text with null', (t: Y.Map<unknown>) => t.set('a', null)],
    ['overwrites a text with a map', (t: Y.Map<unknown>) => t.set('a', new Y.Map())],
    ['deletes a key', (t: Y.Map<unknown>) => t.delete('a')],
  ])('refuses an update that %s with YJS_KEY_CHANGE', (_what, change) => {
    const server = serverDoc({ a: 'Vatten' });
    const client = clientOf(server, 1004);

    expect(check(server, updateOf(client, change))).toEqual(refused('YJS_KEY_CHANGE'));
  });

  it('refuses a key deletion from a facilitator too', () => {
    const server = serverDoc({ a: 'Vatten' });
    const client = clientOf(server, 1005);
    const facilitator: WritePolicy = { owner: 'f:1', refuseText: () => null, maxTextLength: null };

    expect(
      check(
        server,
        updateOf(client, (t) => t.delete('a')),
        facilitator,
      ),
    ).toEqual(refused('YJS_KEY_CHANGE'));
  });

  it.each([
    ['a map', (d: Y.Doc) => d.getMap('other').set('x', 1)],
    ['a text', (d: Y.Doc) => d.getText('other').insert(0, 'x')],
    ['an xml fragment', (d: Y.Doc) => d.getXmlFragment('other').insert(0, [new Y.XmlText('x')])],
  ])('refuses a new root type (%s) with YJS_NEW_ROOT', (_what, change) => {
    const server = serverDoc({ a: 'Vatten' });
    const client = clientOf(server, 1006);

    expect(
      check(
        server,
        updateOf(client, (_t, d) => change(d)),
      ),
    ).toEqual(refused('YJS_NEW_ROOT'));
  });

  it.each([
    ['an embed', (t: Y.Text) => t.insertEmbed(1, { image: 1 })],
    ['a nested type', (t: Y.Text) => t.insertEmbed(1, new Y.Array())],
    ['formatting', (t: Y.Text) => t.format(0, 2, { bold: true })],
    ['formatted characters', (t: Y.Text) => t.insert(0, 'x', { bold: true })],
    ['an attribute', (t: Y.Text) => t.setAttribute('lang', 'sv')],
  ])('refuses %s inside a text with YJS_NOT_TEXT', (_what, change) => {
    const server = serverDoc({ a: 'Vatten' });
    const client = clientOf(server, 1007);

    expect(
      check(
        server,
        updateOf(client, () => change(textIn(client, 'a'))),
      ),
    ).toEqual(refused('YJS_NOT_TEXT'));
  });

  it('refuses an update whose earlier update from the same client is withheld with YJS_MISSING_DEPENDENCY', () => {
    const server = serverDoc({ a: 'Vatten' });
    const client = clientOf(server, 1008);
    updateOf(client, () => textIn(client, 'a').insert(0, 'x')); // never sent

    const later = updateOf(client, () => textIn(client, 'a').insert(0, 'y'));

    expect(check(server, later)).toEqual(refused('YJS_MISSING_DEPENDENCY'));
  });

  it('refuses an update that builds on another client the server never saw with YJS_MISSING_DEPENDENCY', () => {
    const server = serverDoc({ a: 'Vatten' });
    const other = clientOf(server, 1009);
    const unseen = updateOf(other, () => textIn(other, 'a').insert(6, '!'));
    const client = clientOf(server, 1010);
    Y.applyUpdate(client, unseen);

    const after = updateOf(client, () => textIn(client, 'a').insert(7, '?'));

    expect(check(server, after)).toEqual(refused('YJS_MISSING_DEPENDENCY'));
    expect(
      check(
        server,
        updateOf(client, () => textIn(client, 'a').delete(6, 1)),
      ),
    ).toEqual(refused('YJS_MISSING_DEPENDENCY'));
  });

  it('refuses a struct section with a gap (a Skip) with YJS_MISSING_DEPENDENCY', () => {
    const server = serverDoc({ a: 'Vatten' });
    const client = clientOf(server, 1011);
    const first = updateOf(client, () => textIn(client, 'a').insert(0, 'x'));
    updateOf(client, () => textIn(client, 'a').insert(0, 'y'));
    const third = updateOf(client, () => textIn(client, 'a').insert(0, 'z'));

    expect(check(server, Y.mergeUpdates([first, third]))).toEqual(refused('YJS_MISSING_DEPENDENCY'));
  });

  it('refuses a GC struct with YJS_NOT_TEXT', () => {
    const server = serverDoc({ a: 'Vatten' });
    // One client (77) with one struct at clock 0: info 0 (GC) of length 3; no deletes.
    const gc = new Uint8Array([1, 1, 77, 0, 0, 3, 0]);

    expect(check(server, gc)).toEqual(refused('YJS_NOT_TEXT'));
  });

  it('throws MalformedUpdate when a client is listed twice, which Yjs would read as its last section only', () => {
    const server = serverDoc({ a: 'Vatten' });
    const client = clientOf(server, 1012);
    const first = updateOf(client, () => textIn(client, 'a').insert(0, 'x'));
    const second = updateOf(client, () => textIn(client, 'a').insert(0, 'y'));
    // [clients][section…][no deletes]: both sections, under one header.
    const twice = new Uint8Array([2, ...first.slice(1, -1), ...second.slice(1, -1), 0]);

    expect(() => check(server, twice)).toThrow(MalformedUpdate);
    expect(() => check(server, new Uint8Array([0, 2, 200, 1]))).toThrow(MalformedUpdate);
  });

  it('refuses a client id another person owns, one the document already holds, and the server own id', () => {
    const server = serverDoc({ a: 'Vatten' });
    const owned = clientOf(server, 2001);
    const serverId = server.clientID;
    const present = clientOf(server, 2002);
    Y.applyUpdate(
      server,
      updateOf(present, () => textIn(present, 'a').insert(0, 'x')),
    );
    const impostor = clientOf(server, serverId);
    const owners = new Map([[2001, 'p:someone-else']]);

    const asOwned = updateOf(owned, () => textIn(owned, 'a').insert(0, 'y'));
    const asPresent = updateOf(present, () => textIn(present, 'a').insert(0, 'z'));
    impostor.clientID = serverId;
    const asServer = updateOf(impostor, () => textIn(impostor, 'a').insert(0, 'w'));

    expect(check(server, asOwned, participant, owners)).toEqual(refused('YJS_FOREIGN_CLIENT'));
    expect(check(server, asPresent, participant, owners)).toEqual(refused('YJS_FOREIGN_CLIENT'));
    expect(check(server, asServer, participant, owners)).toEqual(refused('YJS_FOREIGN_CLIENT'));
    expect(check(server, asOwned, { ...participant, owner: 'p:someone-else' }, owners)).toMatchObject({
      ok: true,
      claims: [],
    });
  });

  it('refuses growing a text past the limit with TEXT_TOO_LONG, judged after the whole update', () => {
    const server = serverDoc({ a: 'Vatten' });
    const client = clientOf(server, 3001);

    const tooLong = updateOf(client, () => textIn(client, 'a').insert(6, 'x'.repeat(15)));
    const replaced = updateOf(clientOf(server, 3002), (t) => {
      const text = t.get('a');
      if (!(text instanceof Y.Text)) throw new Error('no text');
      text.delete(0, 6);
      text.insert(0, 'y'.repeat(20));
    });

    expect(check(server, tooLong)).toEqual(refused('TEXT_TOO_LONG'));
    expect(check(server, replaced)).toMatchObject({ ok: true });
    expect(check(server, tooLong, { ...participant, maxTextLength: null })).toMatchObject({ ok: true });
  });

  it('accepts shortening a text that is already over the limit, as a merge can leave it', () => {
    const server = serverDoc({ a: 'z'.repeat(30) });
    const client = clientOf(server, 3003);
    const grown = clientOf(server, 3004);

    const shorter = updateOf(client, () => textIn(client, 'a').delete(0, 5));
    const longer = updateOf(grown, () => textIn(grown, 'a').insert(0, 'x'));

    expect(check(server, shorter)).toMatchObject({ ok: true });
    expect(check(server, longer)).toEqual(refused('TEXT_TOO_LONG'));
  });

  it('asks the policy only about texts the update changes, and answers with its refusal', () => {
    const server = serverDoc({ a: 'Vatten', b: 'Skog' });
    const asked: string[] = [];
    const locked: WritePolicy = {
      ...participant,
      refuseText: (key) => {
        asked.push(key);
        return 'LOCKED';
      },
    };
    const client = clientOf(server, 4001);

    expect(
      check(
        server,
        updateOf(client, () => textIn(client, 'b').insert(0, 'x')),
        locked,
      ),
    ).toEqual(refused('LOCKED'));
    expect(asked).toEqual(['b']);
  });

  it('accepts without changes an update the server already has, even when the writer may not write', () => {
    const server = serverDoc({ a: 'Vatten' });
    const other = clientOf(server, 5001);
    Y.applyUpdate(
      server,
      updateOf(other, () => textIn(other, 'a').delete(0, 2)),
    );
    const client = clientOf(server, 5002);
    const locked: WritePolicy = { ...participant, refuseText: () => 'LOCKED' };

    // A reconnecting client's sync step 2: every deletion it knows of, nothing new.
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));

    expect(check(server, step2, locked)).toEqual({
      ok: true,
      changes: false,
      touched: new Set(),
      claims: [],
    });
  });

  it('refuses an item whose left and right origins lie in different texts with YJS_NOT_TEXT', () => {
    const server = serverDoc({ a: 'Vatten', b: 'Skog' });

    const straddling = crafted(7001, 0, firstCharOf(server, 'a'), firstCharOf(server, 'b'), 'x');

    expect(check(server, straddling)).toEqual(refused('YJS_NOT_TEXT'));
    expect(check(server, crafted(7001, 0, firstCharOf(server, 'a'), null, 'x'))).toMatchObject({ ok: true });
  });

  it('refuses an item that continues stored characters of one text with an origin in another', () => {
    const server = serverDoc({ a: 'Vatten', b: 'Skog' });
    Y.applyUpdate(server, crafted(7002, 0, firstCharOf(server, 'a'), null, 'x'));
    const owners = new Map([[7002, ME]]);

    const elsewhere = crafted(7002, 0, firstCharOf(server, 'b'), null, 'xyz');
    const inPlace = crafted(7002, 0, firstCharOf(server, 'a'), null, 'xyz');

    expect(check(server, elsewhere, participant, owners)).toEqual(refused('YJS_NOT_TEXT'));
    expect(check(server, inPlace, participant, owners)).toMatchObject({ ok: true, changes: true });
  });

  it('accepts an update that overlaps what the server has and continues it', () => {
    const server = serverDoc({ a: 'Vatten' });
    const client = clientOf(server, 6001);
    const owners = new Map([[6001, ME]]);
    Y.applyUpdate(
      server,
      updateOf(client, () => textIn(client, 'a').insert(6, ' och')),
    );
    updateOf(client, () => textIn(client, 'a').insert(10, ' avlopp'));
    // Computed against a state vector from before the server had ' och': it starts below the server.
    const overlapping = Y.encodeStateAsUpdate(client, Y.encodeStateVector(clientOf(serverDoc({}))));

    const result = check(server, overlapping, participant, owners);

    expect(result).toMatchObject({ ok: true, changes: true, touched: new Set(['a']) });
    Y.applyUpdate(server, overlapping);
    expect(textIn(server, 'a').toString()).toBe('Vatten och avlopp');
    expect(server.store.pendingStructs).toBeNull();
  });
});
