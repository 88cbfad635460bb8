import { describe, expect, it } from 'vitest';
import { openDb } from '../../../../server/db/openDb.ts';
import { createRepos, type Repos } from '../../../../server/db/repos.ts';
import {
  OP_KEEP_MS,
  OP_KEEP_PER_SENDER,
  opDigest,
  opLog,
  runOnce,
  splitOp,
} from '../../../../server/realtime/ops.ts';
import { fail, ok } from '../../../../shared/domain/result.ts';

function setup(): Repos {
  const repos = createRepos(openDb(':memory:'));
  repos.facilitators.insert({ id: 'f1', email: 'a@b.se', name: 'F', passwordHash: 'x' }, 'now');
  repos.workshops.insert({
    id: 'w1',
    code: 'ABCDEFGH',
    title: 'T',
    date: '2026-01-01',
    place: '',
    description: '',
    liveActivityId: null,
    settings: { names: 'shown', wordFilter: true, dialogue: null, joinsOpen: true },
    createdBy: 'f1',
    createdAt: 'now',
  });
  repos.participants.insert(
    { id: 'p1', workshopId: 'w1', sector: 'civil', municipality: '', organisation: '', displayName: '' },
    'hash',
    'now',
  );
  return repos;
}

const P1 = { workshopId: 'w1', sender: 'p1' };
const OP = 'abcdefghijklmnop';
const rows = (repos: Repos) => (repos.db.prepare('SELECT count(*) AS n FROM ops').get() as { n: number }).n;

describe('realtime/ops', () => {
  it('runs an operation once and answers its repeat with the first ack', () => {
    const repos = setup();
    let runs = 0;
    const run = () => ok({ n: ++runs });
    expect(runOnce(repos, P1, OP, 'd', run)).toEqual(ok({ n: 1 }));
    expect(runOnce(repos, P1, OP, 'd', run)).toEqual(ok({ n: 1 }));
    expect(runOnce(repos, P1, OP, 'other', run)).toEqual(fail('OP_ID_REUSED'));
    expect(runs).toBe(1);
  });

  it('keeps no record of a refusal, so its repeat runs again', () => {
    const repos = setup();
    let runs = 0;
    expect(runOnce(repos, P1, OP, 'd', () => (++runs === 1 ? fail('LOCKED') : ok(null)))).toEqual(
      fail('LOCKED'),
    );
    expect(runOnce(repos, P1, OP, 'd', () => (++runs === 1 ? fail('LOCKED') : ok(null)))).toEqual(ok(null));
    expect(runs).toBe(2);
  });

  it('rolls back what a throwing command wrote, and its id with it', () => {
    const repos = setup();
    const write = () => repos.db.prepare("UPDATE workshops SET title = 'changed' WHERE id = 'w1'").run();
    expect(() =>
      runOnce(repos, P1, OP, 'd', () => {
        write();
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(repos.workshops.get('w1')?.title).toBe('T');
    expect(rows(repos)).toBe(0);
  });

  it('forgets acks after a day, beyond the newest per sender, and when a participant removes their words', () => {
    const repos = setup();
    const now = 10 * OP_KEEP_MS;
    runOnce(repos, P1, 'old-aaaaaaaaaaaaaaaa', 'd', () => ok(1), now - OP_KEEP_MS - 1);
    for (let i = 0; i < 5; i++) runOnce(repos, P1, `new-aaaaaaaaaaaaaa${i}`, 'd', () => ok(i), now + i);
    expect(repos.ops.pruneOlder(now - OP_KEEP_MS, 1000)).toBe(1);
    expect(repos.ops.capSender(P1, 3)).toBe(2);
    expect(repos.ops.get(P1, 'new-aaaaaaaaaaaaaa4')).not.toBeNull();
    expect(repos.ops.get(P1, 'new-aaaaaaaaaaaaaa1')).toBeNull();
    // A facilitator's ack can carry participants' words too (a ranking importing a list's texts).
    runOnce(repos, { workshopId: 'w1', sender: 'f:account' }, 'fac-aaaaaaaaaaaaaaa', 'd', () => ok(1), now);
    expect(rows(repos)).toBe(4);
    repos.ops.forgetParticipant('w1', 'p1');
    expect(rows(repos)).toBe(0);
  });

  it('takes the operation id off a state-changing event only, and refuses a malformed one', () => {
    expect(splitOp('activity:respond', { activityId: 'x', opId: OP })).toEqual({
      ok: true,
      opId: OP,
      rest: { activityId: 'x' },
    });
    expect(splitOp('activity:respond', { activityId: 'x', opId: 'short' })).toEqual({ ok: false });
    expect(splitOp('workshop:sync', { opId: OP })).toEqual({ ok: true, opId: null, rest: { opId: OP } });
    // The digest is of the request without its id: a retry of the same request matches.
    expect(opDigest('activity:respond', { a: 1 })).toBe(opDigest('activity:respond', { a: 1 }));
    expect(opDigest('activity:respond', { a: 1 })).not.toBe(opDigest('activity:command', { a: 1 }));
  });

  it('holds each sender to a count as operations come in, and prunes old acks when it starts', () => {
    const repos = setup();
    let clock = 0;
    runOnce(repos, P1, 'old-aaaaaaaaaaaaaaaa', 'd', () => ok(1), clock);
    clock = OP_KEEP_MS + 1;
    const log = opLog(repos, () => clock);
    expect(repos.ops.get(P1, 'old-aaaaaaaaaaaaaaaa')).toBeNull();
    for (let i = 0; i < OP_KEEP_PER_SENDER + 100; i++) {
      clock += 1;
      log.run(P1, `op-${String(i).padStart(16, '0')}`, 'd', () => ok(i));
    }
    log.stop();
    expect(rows(repos)).toBe(OP_KEEP_PER_SENDER);
  });
});
