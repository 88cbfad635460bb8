import { describe, expect, it } from 'vitest';
import {
  acceptPost,
  acceptUpvote,
  asMine,
  nextNumber,
  resultsOf,
  sortPosts,
  tallyUpvotes,
} from '../../../../../shared/activities/question/rules.ts';
import { questionCommands, questionConfig } from '../../../../../shared/activities/question/schema.ts';
import type { QuestionConfig } from '../../../../../shared/activities/question/types.ts';
import type { EntryRecord } from '../../../../../shared/domain/entries.ts';

const CONFIG: QuestionConfig = questionConfig.parse({ mode: 'qa', maxPerParticipant: 2 });

let at = 0;
function entry(id: string, over: Partial<EntryRecord> = {}): EntryRecord {
  at += 1;
  return {
    id,
    activityId: 'q',
    participantId: `writer-${id}`,
    sector: 'public',
    authorName: '',
    text: `Text ${id}`,
    status: 'shown',
    meta: { n: at },
    createdAt: `2025-03-14T10:00:${String(at).padStart(2, '0')}.000Z`,
    ...over,
  };
}

describe('question rules: posting', () => {
  it('answers VOTING_CLOSED unless open', () => {
    for (const status of ['draft', 'closed'] as const)
      expect(acceptPost(status, CONFIG, { own: 0, total: 0 })).toEqual({ ok: false, code: 'VOTING_CLOSED' });
    expect(acceptPost('open', CONFIG, { own: 0, total: 0 }).ok).toBe(true);
  });

  it('answers TOO_MANY_POSTS at the participant’s limit and at the activity’s', () => {
    expect(acceptPost('open', CONFIG, { own: 1, total: 10 }).ok).toBe(true);
    expect(acceptPost('open', CONFIG, { own: 2, total: 10 })).toEqual({ ok: false, code: 'TOO_MANY_POSTS' });
    expect(acceptPost('open', CONFIG, { own: 0, total: 499 }).ok).toBe(true);
    expect(acceptPost('open', CONFIG, { own: 0, total: 500 })).toEqual({ ok: false, code: 'TOO_MANY_POSTS' });
  });

  it('numbers a new post one past the highest given, whatever the gaps', () => {
    expect(nextNumber([])).toBe(1);
    expect(nextNumber([{ meta: { n: 3 } }, { meta: { n: 7 } }, { meta: {} }])).toBe(8);
    expect(nextNumber([{ meta: { n: 'x' } }])).toBe(1);
  });

  it('trims and normalises a post, refusing empty, long and oddly identified ones', () => {
    const ok = questionCommands.post.safeParse({ id: 'abcdefgh', text: '  Cafe\u0301  ' });
    expect(ok.success && ok.data.text).toBe('Café');
    for (const bad of [
      { id: 'abcdefgh', text: '   ' },
      { id: 'abcdefgh', text: 'x'.repeat(281) },
      { id: 'abc', text: 'Hej' },
      { id: 'abcdefgh!', text: 'Hej' },
      { id: 'abcdefgh', text: 'Hej', extra: true },
    ])
      expect(questionCommands.post.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});

describe('question rules: upvotes', () => {
  const shown = entry('a');
  it('allows upvoting another’s shown question while a Q&A is open', () => {
    expect(acceptUpvote('open', CONFIG, shown, 'voter', true).ok).toBe(true);
    expect(acceptUpvote('open', CONFIG, shown, 'voter', false).ok).toBe(true);
  });

  it('refuses in answers mode, when not open, on one’s own, and on posts the room does not see', () => {
    const answers = { ...CONFIG, mode: 'answers' as const };
    expect(acceptUpvote('open', answers, shown, 'voter', true)).toEqual({ ok: false, code: 'NOT_SUPPORTED' });
    expect(acceptUpvote('closed', CONFIG, shown, 'voter', true)).toEqual({
      ok: false,
      code: 'VOTING_CLOSED',
    });
    expect(acceptUpvote('open', CONFIG, shown, 'writer-a', true)).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(acceptUpvote('open', CONFIG, null, 'voter', true)).toEqual({ ok: false, code: 'NOT_FOUND' });
    for (const status of ['pending', 'hidden'] as const)
      expect(acceptUpvote('open', CONFIG, { ...shown, status }, 'voter', true)).toEqual({
        ok: false,
        code: 'NOT_FOUND',
      });
    // Taking an upvote back from a post hidden since is allowed.
    expect(acceptUpvote('open', CONFIG, { ...shown, status: 'hidden' }, 'voter', false).ok).toBe(true);
  });

  it('counts one upvote per voter per shown post, by the voter’s sector', () => {
    const entries = [entry('x'), entry('y', { status: 'hidden' }), entry('z', { status: 'pending' })];
    const tally = tallyUpvotes(entries, [
      { sector: 'business', entryIds: ['x', 'x', 'y', 'z', 'gone'] },
      { sector: 'civil', entryIds: ['x'] },
    ]);
    expect(tally.byEntry.get('x')).toMatchObject({ total: 2, bySector: { business: 1, civil: 1 } });
    expect(tally.byEntry.has('y')).toBe(false);
    expect(tally.byEntry.has('z')).toBe(false);
  });
});

describe('question rules: results', () => {
  it('counts shown posts by the writer’s sector and upvotes by the voter’s, names only when given', () => {
    const entries = [
      entry('p', { sector: 'academia', authorName: 'Alva', meta: { n: 1, answered: true } }),
      entry('q', { sector: 'academia', status: 'hidden' }),
      entry('r', { sector: 'civil', meta: { n: 3, highlighted: true } }),
      entry('s', { sector: null }),
    ];
    const tally = tallyUpvotes(entries, [{ sector: 'public', entryIds: ['p', 'r', 'q'] }]);
    const results = resultsOf(entries, tally, (e) => e.authorName || undefined);
    expect(results.posts).toBe(3);
    expect(results.upvotes).toBe(2);
    expect(results.bySector.posts).toMatchObject({ academia: 1, civil: 1, public: 0 });
    expect(results.bySector.upvotes).toMatchObject({ public: 2 });
    expect(results.entries.map((e) => [e.id, e.author, e.answered, e.highlighted])).toEqual([
      ['p', 'Alva', true, false],
      ['r', undefined, false, true],
      ['s', undefined, false, false],
    ]);
    expect('author' in (results.entries[1] ?? {})).toBe(false);
  });

  it('sorts by upvotes (older first on a tie) or by time (newest first)', () => {
    const posts = [
      { id: 'a', n: 1, upvotes: 2, createdAt: '2025-03-14T10:00:01Z' },
      { id: 'b', n: 2, upvotes: 5, createdAt: '2025-03-14T10:00:02Z' },
      { id: 'c', n: 3, upvotes: 2, createdAt: '2025-03-14T10:00:03Z' },
    ];
    expect(sortPosts(posts, 'votes').map((p) => p.id)).toEqual(['b', 'a', 'c']);
    expect(sortPosts(posts, 'time').map((p) => p.id)).toEqual(['c', 'b', 'a']);
    expect(posts.map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('reads one’s own state only when it has the right shape', () => {
    const mine = { posts: [{ id: 'a', n: 1, text: 'x', status: 'pending', createdAt: '' }], upvoted: ['b'] };
    expect(asMine(mine)).toEqual(mine);
    for (const bad of [null, 1, {}, { posts: [], upvoted: [1] }, { posts: [{ id: 1 }], upvoted: [] }])
      expect(asMine(bad)).toBeNull();
  });
});
