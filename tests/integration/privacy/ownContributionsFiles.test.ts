import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RemovedContributions } from '../../../shared/protocol/contributions.ts';
import type { Ack } from '../../../shared/protocol/errors.ts';
import { addActivity, addItem, control } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import type { Joined } from '../helpers/http.ts';
import { okData, rawAck } from '../helpers/sockets.ts';

/** Every file of the data folder (database, WAL, shared memory), as raw bytes. */
const dataFiles = (dataDir: string): Buffer =>
  Buffer.concat(
    fs
      .readdirSync(dataDir)
      .map((f) => path.join(dataDir, f))
      .filter((f) => fs.statSync(f).isFile())
      .map((f) => fs.readFileSync(f)),
  );

// ASCII, so the bytes searched for are the same in every encoding the files use.
const WORDS = {
  item: 'Removable list text Alfa',
  post: 'Removable question Beta',
  word: 'Gammaword',
  other: 'Removable own words Delta',
  theirs: 'Kept words of the other Epsilon',
};

describe('own contributions: removed means gone from the files', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('leaves none of the removed words in the database, its WAL or the retry acks', async () => {
    const r = await openRoom(h, ['Seedad'], ['public', 'business']);
    const f = await h.socket(r.url, r.workshop.id, 'facilitator', r.facilitator);
    const [c1, c2] = r.participants as [Joined, Joined];
    const p1 = await h.socket(r.url, r.workshop.id, 'participant', c1.cookie);
    const p2 = await h.socket(r.url, r.workshop.id, 'participant', c2.cookie);
    const q = await addActivity(f, 'question', { prompt: 'Q' });
    const w = await addActivity(f, 'wordcloud', { prompt: 'W' });
    const poll = await addActivity(f, 'poll', { allowOther: true });
    for (const id of [q, w, poll]) await control(f, id, 'open');

    await addItem(p1, r.listId, WORDS.item);
    await addItem(p2, r.listId, WORDS.theirs);
    // Sent with operation ids, as our client does: their acks (kept for retries) hold the words.
    const op = (n: number) => `own-contrib-op-${n.toString().padStart(4, '0')}`;
    const post = { id: 'client-0001-abcdef', text: WORDS.post };
    okData(await rawAck(p1, 'activity:command', { activityId: q, name: 'post', payload: post, opId: op(1) }));
    okData(
      await rawAck(p1, 'activity:command', {
        activityId: w,
        name: 'answer',
        payload: { text: WORDS.word },
        opId: op(2),
      }),
    );
    okData(
      await rawAck(p1, 'activity:respond', {
        activityId: poll,
        value: { choices: [], other: WORDS.other },
        opId: op(3),
      }),
    );
    // The scan can see them: each is in the files before the removal.
    const before = dataFiles(r.dataDir);
    for (const text of Object.values(WORDS)) expect(before.includes(text), text).toBe(true);

    const removed = okData(
      (await rawAck(p1, 'contributions:remove', { all: true })) as Ack<RemovedContributions>,
    );
    expect(removed).toMatchObject({ removed: 4, detached: 0 });
    const after = dataFiles(r.dataDir);
    for (const [what, text] of Object.entries(WORDS))
      expect(after.includes(text), what).toBe(what === 'theirs');
  });
});
