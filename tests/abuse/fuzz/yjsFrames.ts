import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { TEXTS_KEY, YJS_MESSAGE } from '../../../shared/protocol/yjsDoc.ts';
import type { Rng } from './prng.ts';
import { truncate } from './values.ts';

export function syncFrame(subtype: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, YJS_MESSAGE.sync);
  encoding.writeVarUint(e, subtype);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/**
 * The update one local change makes to `mirror` (the peer's copy of the server's document),
 * written as `clientID`. The mirror keeps the change whether or not the server takes it, so
 * later updates may build on refused ones: more ways to be wrong, cheaply.
 */
function changeAs(mirror: Y.Doc, clientID: number, change: (doc: Y.Doc) => void, v2 = false): Uint8Array {
  const own = mirror.clientID;
  const updates: Uint8Array[] = [];
  const listener = (update: Uint8Array) => updates.push(update);
  mirror.on(v2 ? 'updateV2' : 'update', listener);
  mirror.clientID = clientID;
  try {
    mirror.transact(() => change(mirror));
  } finally {
    mirror.clientID = own;
    mirror.off(v2 ? 'updateV2' : 'update', listener);
  }
  return v2 ? Y.mergeUpdatesV2(updates) : Y.mergeUpdates(updates);
}

const firstText = (doc: Y.Doc): Y.Text | null => {
  const texts = doc.getMap<unknown>(TEXTS_KEY);
  for (const value of texts.values()) if (value instanceof Y.Text) return value;
  return null;
};

/**
 * Valid Yjs encodings that do what a client must not: other roots and types, keys added,
 * replaced or deleted, formatting and embeds, huge texts and counts, structs and deletes of
 * clients the server has never seen, another writer's client id, gaps in a client's clock.
 * `foreignClient` is a client id another person has written with.
 */
export function craftedUpdate(
  rng: Rng,
  mirror: Y.Doc,
  foreignClient: number,
): { kind: string; update: Uint8Array } {
  const mine = mirror.clientID;
  const fresh = () => 1 + rng.int(2 ** 30);
  const text = (doc: Y.Doc) => firstText(doc) ?? doc.getText('fallback');
  const at = (t: Y.Text) => rng.int(t.length + 1);
  const crafted: Array<[string, () => Uint8Array]> = [
    [
      'new root array',
      () => changeAs(mirror, mine, (d) => d.getArray(`evil${rng.int(5)}`).insert(0, [1, 'x', { a: 1 }])),
    ],
    ['new root map', () => changeAs(mirror, mine, (d) => d.getMap('settings').set('isAdmin', true))],
    [
      'key replaced by a string',
      () =>
        changeAs(mirror, mine, (d) => {
          const texts = d.getMap<unknown>(TEXTS_KEY);
          texts.set([...texts.keys()][0] ?? 'abcdef', 'plain string');
        }),
    ],
    [
      'new key',
      () =>
        changeAs(mirror, mine, (d) => d.getMap<unknown>(TEXTS_KEY).set(`k${rng.int(1e6)}`, new Y.Text('ny'))),
    ],
    [
      'key deleted',
      () =>
        changeAs(mirror, mine, (d) => {
          const texts = d.getMap<unknown>(TEXTS_KEY);
          for (const key of [...texts.keys()]) texts.delete(key);
        }),
    ],
    ['embed in a text', () => changeAs(mirror, mine, (d) => text(d).insertEmbed(0, { a: { b: 1 } }))],
    [
      'formatting',
      () => changeAs(mirror, mine, (d) => text(d).format(0, 1, { bold: true, href: 'javascript:alert(1)' })),
    ],
    [
      'huge insert',
      () => changeAs(mirror, mine, (d) => text(d).insert(0, 'x'.repeat(20_000 + rng.int(40_000)))),
    ],
    [
      'many small inserts',
      () =>
        changeAs(mirror, mine, (d) => {
          const t = text(d);
          for (let i = 0; i < 2000; i += 1) t.insert(at(t), 'y');
        }),
    ],
    ['text edit', () => changeAs(mirror, mine, (d) => text(d).insert(at(text(d)), rng.string(5) || 'z'))],
    [
      'delete of an unknown client',
      () => {
        const ghost = fresh();
        changeAs(mirror, ghost, (d) => text(d).insert(0, 'spöke')); // never sent
        return changeAs(mirror, ghost, (d) => text(d).delete(0, 5));
      },
    ],
    [
      'gap in the clock',
      () => {
        changeAs(mirror, mine, (d) => text(d).insert(0, 'först')); // never sent
        return changeAs(mirror, mine, (d) => text(d).insert(0, 'sedan'));
      },
    ],
    ['foreign client id', () => changeAs(mirror, foreignClient, (d) => text(d).insert(0, 'lånat id'))],
    ['v2 encoding', () => changeAs(mirror, mine, (d) => text(d).insert(0, 'v2'), true)],
    [
      'bit flipped',
      () => {
        const copy = changeAs(mirror, mine, (d) => text(d).insert(0, 'flip')).slice();
        for (let i = 1 + rng.int(4); i > 0; i -= 1) {
          const at = rng.int(copy.length);
          copy[at] = (copy[at] ?? 0) ^ (1 << rng.int(8));
        }
        return copy;
      },
    ],
    [
      'truncated',
      () =>
        truncate(
          rng,
          changeAs(mirror, mine, (d) => text(d).insert(0, 'kort')),
        ),
    ],
    [
      'xml in the map',
      () => changeAs(mirror, mine, (d) => d.getMap<unknown>(TEXTS_KEY).set('xml', new Y.XmlFragment())),
    ],
  ];
  const [kind, make] = rng.pick(crafted);
  return { kind, update: make() };
}

/** Random and truncated y-protocols messages: sync step 1/2, update, awareness, unknown types. */
export function randomYjsFrame(rng: Rng, base: Uint8Array): { kind: string; frame: Uint8Array } {
  switch (rng.int(8)) {
    case 0:
      return { kind: 'random bytes', frame: rng.bytes(1 + rng.int(400)) };
    case 1:
      return {
        kind: 'sync step 1, random vector',
        frame: syncFrame(syncProtocol.messageYjsSyncStep1, rng.bytes(rng.int(60))),
      };
    case 2:
      return {
        kind: 'sync step 2/update, random bytes',
        frame: syncFrame(
          rng.pick([syncProtocol.messageYjsSyncStep2, syncProtocol.messageYjsUpdate]),
          rng.bytes(rng.int(400)),
        ),
      };
    case 3:
      return {
        kind: 'truncated frame',
        frame: truncate(rng, syncFrame(syncProtocol.messageYjsUpdate, base)),
      };
    case 4: {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, YJS_MESSAGE.awareness);
      encoding.writeVarUint8Array(e, rng.bytes(rng.int(200)));
      return { kind: 'awareness', frame: encoding.toUint8Array(e) };
    }
    case 5: {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, rng.pick([2, 3, 100, 101, 102, 255, 2 ** 31, 2 ** 53 - 1]));
      encoding.writeUint8Array(e, rng.bytes(rng.int(50)));
      return { kind: 'unknown type', frame: encoding.toUint8Array(e) };
    }
    case 6: {
      // A length prefix far larger than the frame.
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, YJS_MESSAGE.sync);
      encoding.writeVarUint(e, syncProtocol.messageYjsUpdate);
      encoding.writeVarUint(e, 2 ** 31);
      encoding.writeUint8Array(e, rng.bytes(rng.int(20)));
      return { kind: 'lying length', frame: encoding.toUint8Array(e) };
    }
    default:
      return {
        kind: 'sync, subtype out of range',
        frame: syncFrame(3 + rng.int(1000), rng.bytes(rng.int(30))),
      };
  }
}
