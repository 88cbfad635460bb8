import { describe, expect, it } from 'vitest';
import { WORDCLOUD_LIMITS } from '../../../../../shared/activities/wordcloud/limits.ts';
import {
  acceptAnswer,
  acceptWithdraw,
  EMPTY_MINE,
  keepsAnswers,
  mineOf,
  remainingOf,
} from '../../../../../shared/activities/wordcloud/rules.ts';
import type { OwnAnswer, WordcloudConfig } from '../../../../../shared/activities/wordcloud/types.ts';

const CONFIG: WordcloudConfig = {
  prompt: 'Vad gör regionen attraktiv?',
  maxWordsPerParticipant: 3,
  maxLength: 40,
  showLive: true,
  preModeration: false,
};
const own = (id: string, text: string, status: OwnAnswer['status'] = 'shown'): OwnAnswer => ({
  id,
  text,
  status,
});

describe('shared/activities/wordcloud/rules', () => {
  describe('acceptAnswer', () => {
    it('takes a new answer while open, normalised', () => {
      expect(acceptAnswer('open', CONFIG, [], '  Natur   och kultur ', 0)).toEqual({
        ok: true,
        value: { text: 'Natur och kultur', existing: null },
      });
    });

    it('refuses answers unless the activity is open', () => {
      for (const status of ['draft', 'closed'] as const)
        expect(acceptAnswer(status, CONFIG, [], 'natur', 0)).toEqual({ ok: false, code: 'VOTING_CLOSED' });
    });

    it('refuses an empty answer and one longer than the config allows', () => {
      expect(acceptAnswer('open', CONFIG, [], '   ', 0)).toEqual({ ok: false, code: 'VALIDATION' });
      expect(acceptAnswer('open', CONFIG, [], 'x'.repeat(41), 0)).toEqual({
        ok: false,
        code: 'TEXT_TOO_LONG',
      });
      expect(acceptAnswer('open', CONFIG, [], 'x'.repeat(40), 0).ok).toBe(true);
      // Spaces collapsed before measuring: what is stored is what is measured.
      expect(acceptAnswer('open', CONFIG, [], `${'x'.repeat(20)}      ${'y'.repeat(19)}`, 0).ok).toBe(true);
    });

    it('returns the stored answer for the same text in other case or spacing: a retry adds nothing', () => {
      const stored = [own('a1', 'Natur')];
      expect(acceptAnswer('open', CONFIG, stored, ' natur ', 1)).toEqual({
        ok: true,
        value: { text: 'Natur', existing: stored[0] },
      });
      // Even when the participant has used every answer.
      const full = [own('a1', 'Natur'), own('a2', 'Kultur'), own('a3', 'Sjöar')];
      expect(acceptAnswer('open', CONFIG, full, 'SJÖAR', 3).ok).toBe(true);
    });

    it('refuses a new answer past the participant’s limit, hidden and held answers included', () => {
      const full = [own('a1', 'Natur', 'hidden'), own('a2', 'Kultur', 'pending'), own('a3', 'Sjöar')];
      expect(acceptAnswer('open', CONFIG, full, 'Skog', 3)).toEqual({ ok: false, code: 'TOO_MANY_POSTS' });
      expect(acceptAnswer('open', CONFIG, full.slice(0, 2), 'Skog', 2).ok).toBe(true);
      expect(acceptAnswer('open', { ...CONFIG, maxWordsPerParticipant: 1 }, [own('a', 'x')], 'y', 1).ok).toBe(
        false,
      );
    });

    it('refuses a new answer when the activity holds as many as it can', () => {
      const max = WORDCLOUD_LIMITS.answersPerActivity;
      expect(acceptAnswer('open', CONFIG, [], 'Skog', max)).toEqual({ ok: false, code: 'TOO_MANY_POSTS' });
      expect(acceptAnswer('open', CONFIG, [], 'Skog', max - 1).ok).toBe(true);
    });
  });

  describe('acceptWithdraw', () => {
    const stored = [own('a1', 'Natur'), own('a2', 'Kultur', 'pending'), own('a3', 'Olämpligt', 'hidden')];

    it('lets a participant take back a shown or held answer while open', () => {
      expect(acceptWithdraw('open', stored, 'a1')).toEqual({ ok: true, value: stored[0] });
      expect(acceptWithdraw('open', stored, 'a2')).toEqual({ ok: true, value: stored[1] });
    });

    it('keeps a hidden answer: the facilitator’s decision stays', () => {
      expect(acceptWithdraw('open', stored, 'a3')).toEqual({ ok: false, code: 'FORBIDDEN' });
    });

    it('succeeds with nothing to do for an answer already gone (a retry)', () => {
      expect(acceptWithdraw('open', stored, 'gone')).toEqual({ ok: true, value: null });
    });

    it('refuses once answers are closed', () => {
      expect(acceptWithdraw('closed', stored, 'a1')).toEqual({ ok: false, code: 'VOTING_CLOSED' });
      expect(acceptWithdraw('draft', stored, 'a1')).toEqual({ ok: false, code: 'VOTING_CLOSED' });
    });
  });

  it('says how many answers are left, hidden ones holding their place', () => {
    expect(remainingOf(CONFIG, EMPTY_MINE)).toBe(3);
    expect(remainingOf(CONFIG, { answers: [own('a', 'x', 'hidden')] })).toBe(2);
    expect(
      remainingOf({ ...CONFIG, maxWordsPerParticipant: 1 }, { answers: [own('a', 'x'), own('b', 'y')] }),
    ).toBe(0);
  });

  it('keeps answers through edits that do not change what they answer', () => {
    expect(keepsAnswers(CONFIG, { ...CONFIG, showLive: false, preModeration: true })).toBe(true);
    expect(keepsAnswers(CONFIG, { ...CONFIG, maxWordsPerParticipant: 5, maxLength: 60 })).toBe(true);
    expect(keepsAnswers(CONFIG, { ...CONFIG, prompt: 'Något annat?' })).toBe(false);
    expect(keepsAnswers(CONFIG, { ...CONFIG, maxWordsPerParticipant: 2 })).toBe(false);
    expect(keepsAnswers(CONFIG, { ...CONFIG, maxLength: 30 })).toBe(false);
  });

  it('reads a stored value as one’s answers only when it has that shape', () => {
    expect(mineOf({ answers: [own('a', 'x', 'pending')] })).toEqual({ answers: [own('a', 'x', 'pending')] });
    expect(mineOf(EMPTY_MINE)).toEqual(EMPTY_MINE);
    for (const bad of [
      null,
      1,
      'x',
      {},
      { answers: 'x' },
      { answers: [{ id: 'a', text: 'x', status: 'gone' }] },
    ])
      expect(mineOf(bad)).toBeNull();
  });
});
