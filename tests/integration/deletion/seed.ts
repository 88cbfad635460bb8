import fs from 'node:fs';
import { addActivity, addItem, castOk, control, openVote } from '../helpers/agenda.ts';
import type { Harness } from '../helpers/harness.ts';
import { api, createWorkshop, login } from '../helpers/http.ts';
import { dbFileOf } from '../helpers/server.ts';
import { rawAck } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { allSaved } from '../helpers/yjs.ts';

/**
 * Strings that occur nowhere but in one workshop: its title, a participant's name and
 * organisation, a seeded item, an item added by command, a co-edit and a posted question.
 * Plain ASCII, so a byte scan finds them whatever page or record format holds them.
 */
export const MARKERS = {
  title: 'Quokkaverkstad Nordmark',
  name: 'Ingegerd Xylofonsson',
  organisation: 'Pelargonia Konsult AB',
  seeded: 'Seedad prioritet kardemumma',
  added: 'Tillagd prioritet tundrasvala',
  edited: 'Omskriven av deltagare blaklocka',
  posted: 'Fraga om mullvadsregnbage',
} as const;

export interface Seeded {
  url: string;
  dataDir: string;
  dbFile: string;
  facilitator: string;
  workshopId: string;
  code: string;
  participant: string;
}

/** A running server with one workshop holding every marker in every table that stores text. */
export async function seedWorkshop(
  h: Harness,
  started?: { app: { url: string }; dataDir: string },
): Promise<Seeded> {
  const { app, dataDir } = started ?? (await h.start());
  const facilitator = await login(app.url);
  const { workshop } = await createWorkshop(app.url, facilitator, [MARKERS.seeded], MARKERS.title, 'shown');
  const joined = await api(app.url, 'POST', '/api/join', {
    body: {
      code: workshop.code,
      sector: 'business',
      municipality: 'Hällefors',
      organisation: MARKERS.organisation,
      displayName: MARKERS.name,
    },
  });
  if (joined.status !== 201 || !joined.cookie) throw new Error(`join failed: ${joined.status}`);
  const participant = joined.cookie;
  const listId = workshop.agenda.find((a) => a.type === 'list')?.id as string;
  const dotsId = workshop.agenda.find((a) => a.type === 'dots')?.id as string;

  const f = await h.socket(app.url, workshop.id, 'facilitator', facilitator);
  const p = await h.socket(app.url, workshop.id, 'participant', participant);
  const itemId = await addItem(p, listId, MARKERS.added);
  // A co-edit through Yjs: it lands in doc_updates and, as a version, in item_versions.
  const yjs = h.yjs(app.url, listId, participant);
  await waitFor(() => yjs.provider.synced && yjs.texts.has(itemId), 10_000, 'synced');
  const text = yjs.texts.get(itemId);
  text?.delete(0, text.length);
  text?.insert(0, MARKERS.edited);
  await waitFor(() => allSaved(yjs), 10_000, 'the edit saved');
  const q = await addActivity(f, 'question', { prompt: 'Vad behöver länet?' });
  await control(f, q, 'open');
  const posted = await rawAck(p, 'activity:command', {
    activityId: q,
    name: 'post',
    payload: { id: 'client-0001-seed01', text: MARKERS.posted },
  });
  if (!posted.ok) throw new Error('post refused');
  await openVote(f, dotsId);
  await castOk(p, dotsId, { [itemId]: 1 });
  return {
    url: app.url,
    dataDir,
    dbFile: dbFileOf(dataDir),
    facilitator,
    workshopId: workshop.id,
    code: workshop.code,
    participant,
  };
}

/** The database file, its WAL and its shared-memory index, as raw bytes (absent files are empty). */
export function rawFiles(dbFile: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (const suffix of ['', '-wal', '-shm']) {
    const file = `${dbFile}${suffix}`;
    out[file.slice(file.lastIndexOf('/') + 1)] = fs.existsSync(file)
      ? fs.readFileSync(file)
      : Buffer.alloc(0);
  }
  return out;
}

/** Which markers occur in which file: `[]` when none is readable anywhere. */
export function markersFound(dbFile: string): string[] {
  const found: string[] = [];
  for (const [name, bytes] of Object.entries(rawFiles(dbFile))) {
    for (const [key, marker] of Object.entries(MARKERS)) {
      if (bytes.includes(Buffer.from(marker, 'utf8'))) found.push(`${key} in ${name}`);
    }
  }
  return found;
}
