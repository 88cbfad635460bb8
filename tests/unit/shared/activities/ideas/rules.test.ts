import { describe, expect, it } from 'vitest';
import {
  acceptPost,
  mayGroup,
  reorderedIds,
  type StoredCard,
  type StoredTheme,
  sortThemes,
  tallyIdeas,
  themeOf,
} from '../../../../../shared/activities/ideas/rules.ts';
import { ideasCommands, ideasConfig, ideasResponse } from '../../../../../shared/activities/ideas/schema.ts';
import type { IdeasConfig } from '../../../../../shared/activities/ideas/types.ts';

const CONFIG: IdeasConfig = {
  prompt: '',
  preModeration: false,
  participantsGroup: false,
  maxPerParticipant: 2,
};

let n = 0;
const card = (over: Partial<StoredCard> = {}): StoredCard => ({
  id: `card${n++}`,
  participantId: 'p1',
  sector: 'public',
  text: 'Idé',
  status: 'shown',
  themeId: null,
  createdAt: '2025-03-14T10:00:00.000Z',
  ...over,
});
const theme = (id: string, order: number, name = id): StoredTheme => ({ id, name, order });

describe('shared/activities/ideas rules', () => {
  it('accepts a post only while open and within both limits', () => {
    expect(acceptPost('open', CONFIG, 0, 0)).toEqual({ ok: true, value: null });
    expect(acceptPost('open', CONFIG, 1, 10)).toEqual({ ok: true, value: null });
    expect(acceptPost('open', CONFIG, 2, 10)).toEqual({ ok: false, code: 'TOO_MANY_POSTS' });
    expect(acceptPost('open', CONFIG, 0, 500)).toEqual({ ok: false, code: 'TOO_MANY_POSTS' });
    expect(acceptPost('closed', CONFIG, 0, 0)).toEqual({ ok: false, code: 'VOTING_CLOSED' });
    expect(acceptPost('draft', CONFIG, 0, 0)).toEqual({ ok: false, code: 'VOTING_CLOSED' });
  });

  it('lets facilitators group always, participants only when allowed and open, the projector never', () => {
    const allowed = { ...CONFIG, participantsGroup: true };
    expect(mayGroup('facilitator', 'closed', CONFIG).ok).toBe(true);
    expect(mayGroup('participant', 'open', CONFIG)).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(mayGroup('participant', 'open', allowed).ok).toBe(true);
    expect(mayGroup('participant', 'closed', allowed)).toEqual({ ok: false, code: 'VOTING_CLOSED' });
    expect(mayGroup('projector', 'open', allowed)).toEqual({ ok: false, code: 'FORBIDDEN' });
  });

  it('sorts themes by order, ties by id, and reorders robustly against a stale board', () => {
    const sorted = sortThemes([theme('c', 2), theme('b', 0), theme('a', 0)]);
    expect(sorted.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(reorderedIds(sorted, ['c', 'a', 'b'])).toEqual(['c', 'a', 'b']);
    // Named ones first; unnamed keep their order after; unknown ids ignored.
    expect(reorderedIds(sorted, ['c', 'gone'])).toEqual(['c', 'a', 'b']);
    expect(reorderedIds(sorted, [])).toEqual(['a', 'b', 'c']);
  });

  it('treats a card in a theme that no longer exists as ungrouped', () => {
    const ids = new Set(['t1']);
    expect(themeOf({ themeId: 't1' }, ids)).toBe('t1');
    expect(themeOf({ themeId: 'gone' }, ids)).toBeNull();
    expect(themeOf({ themeId: null }, ids)).toBeNull();
  });

  it('counts shown cards per theme and sector, ungrouped apart, contributors once each', () => {
    const themes = [theme('t1', 0, 'Resor'), theme('t2', 1, 'Bostäder')];
    const results = tallyIdeas(themes, [
      card({ themeId: 't1', text: 'Tåg' }),
      card({ themeId: 't1', participantId: 'p2', sector: 'academia', text: 'Forskning' }),
      card({ themeId: 't1', status: 'hidden', sector: 'business' }),
      card({ themeId: 'gone', participantId: 'p3', sector: 'civil', text: 'Förening' }),
      card({ status: 'pending', participantId: 'p4', sector: 'other' }),
      card({ participantId: null, sector: 'undisclosed', text: 'Raderad deltagare' }),
    ]);
    expect(results.themes.map((t) => [t.name, t.total])).toEqual([
      ['Resor', 2],
      ['Bostäder', 0],
    ]);
    expect(results.themes[0]?.cards.map((c) => c.text)).toEqual(['Tåg', 'Forskning']);
    expect(results.themes[0]?.bySector).toEqual({
      public: 1,
      business: 0,
      academia: 1,
      civil: 0,
      other: 0,
      undisclosed: 0,
    });
    expect(results.ungrouped.cards.map((c) => c.text)).toEqual(['Förening', 'Raderad deltagare']);
    expect(results.ungrouped.bySector).toMatchObject({ civil: 1, undisclosed: 1 });
    expect(results.total).toBe(4);
    expect(results.bySector).toMatchObject({ public: 1, academia: 1, civil: 1, undisclosed: 1, business: 0 });
    // p1, p2, p3: a deleted participant's card counts, but as nobody; pending and hidden count no one.
    expect(results.contributors).toBe(3);
    expect(results.contributorsBySector).toMatchObject({ public: 1, academia: 1, civil: 1, other: 0 });
  });

  it('counts nothing on an empty board', () => {
    const results = tallyIdeas([], []);
    expect(results.total).toBe(0);
    expect(results.themes).toEqual([]);
    expect(results.ungrouped.total).toBe(0);
  });
});

describe('shared/activities/ideas schema', () => {
  it('fills in the defaults and bounds the limit', () => {
    expect(ideasConfig.parse({})).toEqual({
      prompt: '',
      preModeration: false,
      participantsGroup: false,
      maxPerParticipant: 10,
    });
    expect(ideasConfig.safeParse({ maxPerParticipant: 51 }).success).toBe(false);
    expect(ideasConfig.safeParse({ maxPerParticipant: 1.5 }).success).toBe(false);
  });

  it('trims and normalises texts, bounding them after trimming', () => {
    const post = ideasCommands.post.parse({ id: 'abcdef', text: `  ${'e\u0301'.repeat(200)}  ` });
    expect(post.text).toBe('é'.repeat(200));
    expect(ideasCommands.post.safeParse({ id: 'abcdef', text: 'x'.repeat(201) }).success).toBe(false);
    expect(ideasCommands.createTheme.safeParse({ name: 'x'.repeat(81) }).success).toBe(false);
    expect(ideasCommands.createTheme.safeParse({ name: ' ' }).success).toBe(false);
  });

  it('refuses duplicate ids in a reorder, and every response', () => {
    expect(ideasCommands.reorderThemes.safeParse({ themeIds: ['abcdef', 'abcdef'] }).success).toBe(false);
    expect(ideasCommands.moveCard.safeParse({ cardId: 'abcdef', themeId: null }).success).toBe(true);
    expect(ideasResponse.safeParse({ id: 'abcdef', text: 'Idé' }).success).toBe(false);
  });
});
