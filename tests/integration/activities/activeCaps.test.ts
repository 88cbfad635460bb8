import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { IDEAS_LIMITS } from '../../../shared/activities/ideas/types.ts';
import { QUESTION_LIMITS } from '../../../shared/activities/question/limits.ts';
import { WORDCLOUD_LIMITS } from '../../../shared/activities/wordcloud/limits.ts';
import { addActivity, control } from '../helpers/agenda.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { dbFileOf } from '../helpers/server.ts';
import { ack } from '../helpers/sockets.ts';

/** Stores `n` posts the facilitator has hidden, as a flood they cleaned up would leave. */
function fillHidden(dataDir: string, activityId: string, n: number): void {
  const db = new Database(dbFileOf(dataDir), { fileMustExist: true });
  try {
    const insert = db.prepare(
      `INSERT INTO entries (id, activity_id, participant_id, sector, text, status, meta, created_at)
       VALUES (?, ?, NULL, 'other', ?, 'hidden', ?, ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < n; i++)
        insert.run(
          `hidden-${i}`,
          activityId,
          `Skräp ${i}`,
          JSON.stringify({ n: i + 1 }),
          new Date().toISOString(),
        );
    })();
  } finally {
    db.close();
  }
}

const CASES = [
  {
    type: 'question',
    cap: QUESTION_LIMITS.perActivity,
    name: 'post',
    payload: { id: 'client-0001-abcdef', text: 'Ny' },
  },
  {
    type: 'ideas',
    cap: IDEAS_LIMITS.cardsPerActivity,
    name: 'post',
    payload: { id: 'client-0001-abcdef', text: 'Ny' },
  },
  { type: 'wordcloud', cap: WORDCLOUD_LIMITS.answersPerActivity, name: 'answer', payload: { text: 'Skog' } },
] as const;

describe('activities caps count what is shown', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  for (const c of CASES) {
    it(`takes a ${c.type} post when the activity's cap is filled with hidden ones`, async () => {
      const room = await openRoom(h, ['Ett'], ['public']);
      const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
      const p = await h.socket(room.url, room.workshop.id, 'participant', room.participants[0]!.cookie);
      const id = await addActivity(f, c.type);
      await control(f, id, 'open');
      fillHidden(room.dataDir, id, c.cap);

      const reply = await ack(p, 'activity:command', { activityId: id, name: c.name, payload: c.payload });

      expect(reply.ok ? 'ok' : reply.error.code).toBe('ok');
    });
  }
});
