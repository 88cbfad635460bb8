import { describe, expect, it } from 'vitest';
import { shownStatus } from '../../../../client/stores/connectionStore.ts';
import { SAVE_OVERDUE_MS, saveStateAt } from '../../../../client/stores/saveStore.ts';

const T = 1_000_000;
const idle = {
  pending: 0,
  pendingSince: [] as number[],
  textUnsaved: false,
  textUnsavedSince: null as number | null,
  everSaved: false,
  error: null,
};

describe('client/stores/saveStore saveStateAt', () => {
  it('says nothing before anything was saved, then "saved"', () => {
    expect(saveStateAt(idle, T)).toBe('idle');
    expect(saveStateAt({ ...idle, everSaved: true }, T)).toBe('saved');
  });

  it('says "saving" only while something is in flight, and "overdue" once it waited too long', () => {
    const one = { ...idle, everSaved: true, pending: 1, pendingSince: [T] };
    expect(saveStateAt(one, T + 100)).toBe('saving');
    expect(saveStateAt(one, T + SAVE_OVERDUE_MS)).toBe('saving');
    expect(saveStateAt(one, T + SAVE_OVERDUE_MS + 1)).toBe('overdue');
    const text = { ...idle, textUnsaved: true, textUnsavedSince: T };
    expect(saveStateAt(text, T + 1)).toBe('saving');
    expect(saveStateAt(text, T + SAVE_OVERDUE_MS + 1)).toBe('overdue');
  });

  it('says "overdue" at once while the connection is down and something waits', () => {
    expect(saveStateAt({ ...idle, pending: 1, pendingSince: [T] }, T, true)).toBe('overdue');
    expect(saveStateAt({ ...idle, everSaved: true }, T, true)).toBe('saved');
  });

  it('shows one status at a time: a refusal replaces "saved", and the next save replaces the refusal', () => {
    const refused = { ...idle, everSaved: true, error: 'VOTING_CLOSED' as const };
    expect(saveStateAt(refused, T)).toBe('failed');
    expect(saveStateAt({ ...refused, pending: 1, pendingSince: [T] }, T)).toBe('saving');
  });
});

describe('client/stores/connectionStore shownStatus', () => {
  it('shows a connected but silent line as reconnecting', () => {
    expect(shownStatus({ status: 'connected', stale: false })).toBe('connected');
    expect(shownStatus({ status: 'connected', stale: true })).toBe('reconnecting');
    expect(shownStatus({ status: 'failed', stale: false })).toBe('failed');
  });
});
