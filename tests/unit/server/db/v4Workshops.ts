import type Database from 'better-sqlite3';
import * as Y from 'yjs';
import { V4 } from '../../../fixtures/v4.ts';

/*
 * Two more workshops written into a copy of the schema-4 fixture, in the phases it lacks, so the
 * agenda migration (step 5) is checked for collecting and closed workshops beside the fixture's
 * voting one, with their rows interleaved in the shared tables.
 */

export const LINDESBERG = {
  id: 'LindesbergWorkshop01',
  createdAt: '2026-11-30T09:00:00.000Z',
  timer: '{"durationMs":600000,"endsAt":1796029200000,"remainingMs":600000,"closeOnEnd":false,"ended":false}',
  participantId: 'LindesbergPerson0001',
  seededId: 'lindeSeeded000001',
  addedId: 'lindeAdded0000001',
  clientId: 123456789,
  texts: { lindeSeeded000001: 'Cykelvägar', lindeAdded0000001: 'Fler bussar på kvällen' } as Record<
    string,
    string
  >,
} as const;

export const NORA = {
  id: 'NoraWorkshop00000001',
  createdAt: '2026-11-30T10:00:00.000Z',
  participantId: 'NoraPerson0000000001',
  priorityId: 'noraPriority00001',
} as const;

export function addV4Workshops(db: Database.Database): void {
  const workshop = db.prepare(
    `INSERT INTO workshops (id, code, title, date, place, description, phase, locked, revealed, vote_config,
       created_by, created_at, timer) VALUES (?, ?, ?, '2025-04-01', 'Lindesberg', '', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const member = db.prepare("INSERT INTO workshop_facilitators VALUES (?, ?, 'owner', ?)");
  const participant = db.prepare(
    "INSERT INTO participants VALUES (?, ?, ?, ?, 'Lindesberg', '', 'Deltagare', ?)",
  );
  const priority = db.prepare("INSERT INTO priorities VALUES (?, ?, ?, 0, NULL, '[]', ?, ?)");
  const update = db.prepare('INSERT INTO yjs_updates (workshop_id, data) VALUES (?, ?)');

  const L = LINDESBERG;
  workshop.run(
    L.id,
    'LINDE5B2',
    'Samråd Lindesberg',
    'collect',
    1,
    0,
    null,
    V4.ownerId,
    L.createdAt,
    L.timer,
  );
  member.run(L.id, V4.ownerId, L.createdAt);
  participant.run(L.participantId, L.id, 'lindesberg-token-hash', 'business', L.createdAt);
  priority.run(L.seededId, L.id, 0, null, L.createdAt);
  priority.run(L.addedId, L.id, 1, 'business', L.createdAt);

  const N = NORA;
  workshop.run(
    N.id,
    'NORA7QX4',
    'Uppföljning Nora',
    'closed',
    0,
    1,
    '{"dotsPerParticipant":3,"maxPerPriority":1}',
    V4.ownerId,
    N.createdAt,
    null,
  );
  member.run(N.id, V4.ownerId, N.createdAt);
  participant.run(N.participantId, N.id, 'nora-token-hash', 'academia', N.createdAt);
  priority.run(N.priorityId, N.id, 0, null, N.createdAt);
  db.prepare('INSERT INTO votes VALUES (?, ?, ?, 1)').run(N.id, N.participantId, N.priorityId);

  // Lindesberg's document in two updates with Nora's between them: each list keeps its own, in order.
  const doc = new Y.Doc();
  doc.clientID = L.clientId;
  const texts = doc.getMap<Y.Text>('texts');
  const first = captured(doc, () => {
    texts.set(L.seededId, new Y.Text(L.texts[L.seededId]));
    texts.set(L.addedId, new Y.Text('Fler bussar'));
  });
  const second = captured(doc, () => texts.get(L.addedId)?.insert('Fler bussar'.length, ' på kvällen'));
  const nora = new Y.Doc();
  const noraUpdate = captured(nora, () =>
    nora.getMap<Y.Text>('texts').set(N.priorityId, new Y.Text('Torget')),
  );
  update.run(L.id, Buffer.from(first));
  update.run(N.id, Buffer.from(noraUpdate));
  update.run(L.id, Buffer.from(second));

  db.prepare('INSERT INTO yjs_clients VALUES (?, ?, ?)').run(L.id, L.clientId, `p:${L.participantId}`);
  db.prepare(
    'INSERT INTO text_versions (workshop_id, item_id, text, author, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(L.id, L.addedId, L.texts[L.addedId], L.participantId, L.createdAt);
}

function captured(doc: Y.Doc, change: () => void): Uint8Array {
  let out: Uint8Array | null = null;
  const keep = (u: Uint8Array) => {
    out = u;
  };
  doc.on('update', keep);
  doc.transact(change);
  doc.off('update', keep);
  if (!out) throw new Error('no update');
  return out;
}
