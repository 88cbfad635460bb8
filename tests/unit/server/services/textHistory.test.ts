import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../../../server/db/openDb.ts';
import { createRepos, type Repos } from '../../../../server/db/repos.ts';
import { FACILITATOR_AUTHOR, TextHistory } from '../../../../server/services/textHistory.ts';

function setup(): { repos: Repos; texts: Map<string, string>; history: TextHistory } {
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
  // Versions belong to the list activity whose document holds the texts.
  repos.activities.insert({
    id: 'a1',
    workshopId: 'w1',
    type: 'list',
    position: 0,
    title: '',
    config: { prompt: '' },
    configVersion: 1,
    status: 'open',
    locked: false,
    revealed: false,
    createdAt: 'now',
  });
  repos.participants.insert(
    { id: 'p1', workshopId: 'w1', sector: 'civil', municipality: '', organisation: '', displayName: 'Anna' },
    'hash',
    'now',
  );
  const texts = new Map<string, string>();
  const history = new TextHistory(repos.textVersions, {
    read: (_a, item) => texts.get(item) ?? null,
    write: (_a, item, text) => {
      texts.set(item, text);
      return { ok: true, value: null };
    },
  });
  return { repos, texts, history };
}

describe('services/textHistory', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps one version per burst of typing once the text is quiet', () => {
    const { texts, history } = setup();
    texts.set('i1', 'Kompetens');
    history.edited('a1', 'i1', 'p1');
    vi.advanceTimersByTime(2000);
    texts.set('i1', 'Kompetensförsörjning');
    history.edited('a1', 'i1', 'p1');
    vi.advanceTimersByTime(3999);
    expect(history.list('a1', 'i1').map((v) => v.text)).toEqual(['Kompetensförsörjning']);
    vi.advanceTimersByTime(10_000);
    expect(history.list('a1', 'i1')).toHaveLength(1);
  });

  it('names the participant, the facilitator or the server behind each version, newest first', () => {
    const { history } = setup();
    history.record('a1', 'i1', 'frö', null);
    history.record('a1', 'i1', 'deltagaren', 'p1');
    history.record('a1', 'i1', 'processledaren', FACILITATOR_AUTHOR);
    expect(history.list('a1', 'i1').map((v) => [v.text, v.by])).toEqual([
      ['processledaren', { kind: 'facilitator' }],
      ['deltagaren', { kind: 'participant', name: 'Anna', sector: 'civil' }],
      ['frö', { kind: 'server' }],
    ]);
  });

  it('skips a version that repeats the newest one and keeps at most 50', () => {
    const { history } = setup();
    history.record('a1', 'i1', 'samma', null);
    history.record('a1', 'i1', 'samma', 'p1');
    expect(history.list('a1', 'i1')).toHaveLength(1);
    for (let i = 0; i < 60; i++) history.record('a1', 'i1', `v${i}`, null);
    const kept = history.list('a1', 'i1');
    expect(kept).toHaveLength(50);
    expect(kept[0]?.text).toBe('v59');
    expect(kept[49]?.text).toBe('v10');
  });

  it('writes a version during continuous typing once the longest wait has passed', () => {
    const { texts, history } = setup();
    for (let s = 0; s <= 31; s++) {
      texts.set('i1', `text ${s}`);
      history.edited('a1', 'i1', 'p1');
      vi.advanceTimersByTime(1000);
    }
    expect(history.list('a1', 'i1').length).toBeGreaterThanOrEqual(2);
  });

  it('writes nothing for an activity it was told to forget', () => {
    const { texts, history } = setup();
    texts.set('i1', 'borta');
    history.edited('a1', 'i1', 'p1');
    history.forget('a1');
    vi.advanceTimersByTime(10_000);
    history.flush();
    expect(history.list('a1', 'i1')).toEqual([]);
  });

  it('restores a version and keeps what the text said just before, so the restore can be undone', () => {
    const { texts, history } = setup();
    history.record('a1', 'i1', 'Bra text', 'p1');
    texts.set('i1', 'förstörd');
    history.edited('a1', 'i1', 'p1');
    const good = history.list('a1', 'i1').find((v) => v.text === 'Bra text');
    expect(history.restore('a1', 'i1', good?.id ?? 0)).toEqual({ ok: true, value: null });
    expect(texts.get('i1')).toBe('Bra text');
    expect(history.list('a1', 'i1').map((v) => v.text)).toEqual(['Bra text', 'förstörd', 'Bra text']);
    expect(history.restore('a1', 'i1', 9999)).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect(history.restore('a1', 'other', good?.id ?? 0)).toEqual({ ok: false, code: 'NOT_FOUND' });
    // A version belongs to its activity's text: another activity cannot bring it back.
    expect(history.restore('a2', 'i1', good?.id ?? 0)).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect(history.list('a2', 'i1')).toEqual([]);
  });
});
