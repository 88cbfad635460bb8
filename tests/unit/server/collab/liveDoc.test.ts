import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocumentUnreadable, LiveDoc, SERVER_ORIGIN } from '../../../../server/collab/liveDoc.ts';
import type { WritePolicy } from '../../../../server/collab/updateCheck.ts';
import { type Db, openDb } from '../../../../server/db/openDb.ts';
import { createYjsClientRepo } from '../../../../server/db/yjsClientRepo.ts';
import { createYjsRepo } from '../../../../server/db/yjsRepo.ts';
import { TEXTS_KEY } from '../../../../shared/protocol/yjsDoc.ts';

/** The list activity whose document this is (foreign keys are off: no activity row). */
const DOC = 'activity-1';
const writer: WritePolicy = { owner: 'p:1', refuseText: () => null, maxTextLength: null };

function setup() {
  const db = openDb(':memory:');
  db.pragma('foreign_keys = OFF'); // the log alone, without the activity row it belongs to
  return { db, repo: createYjsRepo(db), clients: createYjsClientRepo(db) };
}

type Setup = ReturnType<typeof setup>;
const errors: unknown[] = [];
const open = (s: Setup) => new LiveDoc(DOC, s.repo, s.clients, (e) => errors.push(e));
const rows = (db: Db) => (db.prepare('SELECT count(*) AS n FROM doc_updates').get() as { n: number }).n;
const textsOf = (doc: Y.Doc) => doc.getMap(TEXTS_KEY).toJSON();

/** A loaded document with one server text and `edits` client updates stored one row each. */
function withLog(s: Setup, edits: number): LiveDoc {
  const live = open(s);
  live.doc.transact(() => live.doc.getMap(TEXTS_KEY).set('a', new Y.Text('Vatten')), SERVER_ORIGIN);
  const client = new Y.Doc();
  client.clientID = 4242;
  Y.applyUpdate(client, Y.encodeStateAsUpdate(live.doc));
  const text = client.getMap(TEXTS_KEY).get('a');
  if (!(text instanceof Y.Text)) throw new Error('no text');
  for (let i = 0; i < edits; i += 1) {
    const before = Y.encodeStateVector(client);
    if (i % 3 === 2) text.delete(0, 1);
    else text.insert(text.length, String(i % 10));
    expect(live.write(Y.encodeStateAsUpdate(client, before), writer, null)).toMatchObject({ ok: true });
  }
  return live;
}

function reloaded(s: Setup): { json: unknown; sv: Uint8Array } {
  const again = open(s);
  try {
    return { json: textsOf(again.doc), sv: Y.encodeStateVector(again.doc) };
  } finally {
    again.destroy();
  }
}

describe('collab/liveDoc', () => {
  afterEach(() => {
    expect(errors.splice(0)).toEqual([]);
  });

  it('reloads the same document after a compaction while it was loaded', () => {
    const s = setup();
    const live = withLog(s, 30);
    const before = { json: textsOf(live.doc), sv: Y.encodeStateVector(live.doc) };
    expect(rows(s.db)).toBe(31);

    live.compact();

    expect(rows(s.db)).toBe(1);
    expect(reloaded(s)).toEqual(before);
    live.destroy();
  });

  it('keeps every row when a compaction fails half-way, and reloads the same document', () => {
    const s = setup();
    const live = withLog(s, 30);
    const before = { json: textsOf(live.doc), sv: Y.encodeStateVector(live.doc) };
    // The merged row is refused after the old rows were deleted in the same transaction.
    s.db.exec(`CREATE TRIGGER no_merge BEFORE INSERT ON doc_updates
      WHEN length(NEW.data) > 60 BEGIN SELECT RAISE(ABORT, 'disk full'); END`);

    live.compact();

    expect(errors.splice(0)).toHaveLength(1);
    expect(rows(s.db)).toBe(31);
    expect(reloaded(s)).toEqual(before);
    live.destroy();
  });

  it('compacts the log while the document stays loaded once enough rows have been stored', async () => {
    const s = setup();
    const live = withLog(s, 2100);

    await new Promise((resolve) => setImmediate(resolve));

    expect(rows(s.db)).toBeLessThan(100);
    expect(reloaded(s).json).toEqual(textsOf(live.doc));
    live.destroy();
  });

  it('throws DocumentUnreadable and leaves the log as it was when a stored row is corrupt', () => {
    const s = setup();
    withLog(s, 3).destroy();
    s.repo.append(DOC, new Uint8Array([1, 200, 1, 255, 255]));
    const stored = s.repo.load(DOC);

    expect(() => open(s)).toThrow(DocumentUnreadable);
    expect(s.repo.load(DOC)).toEqual(stored);
  });

  it('drops stored structs that wait for a missing dependency, so no joiner receives them', () => {
    const s = setup();
    withLog(s, 1).destroy();
    const attacker = new Y.Doc();
    const text = attacker.getMap(TEXTS_KEY);
    text.set('x', 'withheld');
    const before = Y.encodeStateVector(attacker);
    text.set('y', 'depends on it');
    s.repo.append(DOC, Y.encodeStateAsUpdate(attacker, before));

    const live = open(s);

    expect(live.doc.store.pendingStructs).toBeNull();
    const joiner = new Y.Doc();
    Y.applyUpdate(joiner, Y.encodeStateAsUpdate(live.doc));
    expect(joiner.store.pendingStructs).toBeNull();
    live.destroy();
  });

  it('binds a new client id to its first writer and keeps the binding for the next load', () => {
    const s = setup();
    withLog(s, 1).destroy();

    expect([...s.clients.load(DOC)]).toEqual([[4242, 'p:1']]);
  });
});
