import { afterEach, describe, expect, it } from 'vitest';
import type { WordcloudResults } from '../../../shared/activities/wordcloud/types.ts';
import { addActivity, addItem, control, sync } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { okData, rawAck, type TestSocket } from '../helpers/sockets.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { textOf } from '../helpers/yjs.ts';

/** The same word, typed with a combining accent (as some keyboards and pastes send it) and precomposed. */
const DECOMPOSED = 'Kafe\u0301';
const COMPOSED = 'Kafé';

describe('text normalisation on the real server', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('counts one word once in the word cloud when two phones send it in different Unicode forms', async () => {
    const room = await openRoom(h, ['Ett'], ['public', 'business']);
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [p1, p2] = (await Promise.all(
      room.participants.map((p) => h.socket(room.url, room.workshop.id, 'participant', p.cookie)),
    )) as [TestSocket, TestSocket];
    const cloud = await addActivity(f, 'wordcloud', { maxWordsPerParticipant: 3, maxLength: 40 });
    await control(f, cloud, 'open');
    expect(DECOMPOSED).not.toBe(COMPOSED);

    okData(
      await rawAck(p1, 'activity:command', {
        activityId: cloud,
        name: 'answer',
        payload: { text: DECOMPOSED },
      }),
    );
    okData(
      await rawAck(p2, 'activity:command', {
        activityId: cloud,
        name: 'answer',
        payload: { text: COMPOSED },
      }),
    );

    const results = (await sync(f)).results[cloud] as WordcloudResults;
    expect(results.terms).toEqual([expect.objectContaining({ word: COMPOSED, count: 2 })]);
    expect(results.termCount).toBe(1);
  });

  it('stores a list item in the composed form when a phone adds it decomposed', async () => {
    const room = await openRoom(h, [], ['public']);
    const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
    const id = await addItem(p, room.listId, `  ${DECOMPOSED} i Örebro `);

    const y = h.yjs(room.url, room.listId, room.facilitator);
    await waitFor(() => textOf(y, id));
    expect(textOf(y, id)).toBe(`${COMPOSED} i Örebro`);
  });
});
