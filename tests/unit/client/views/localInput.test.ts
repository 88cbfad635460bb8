import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from '../../../../client/views/localInput.ts';
import { spokenDateTime } from '../../../../shared/text/dates.ts';

const zone = { timeZone: 'Europe/Stockholm', now: Date.parse('2025-11-20T12:00:00Z') };

describe('dates and datetime-local inputs', () => {
  it('says a day and time as people say them in Swedish, with kl. and a period', () => {
    expect(spokenDateTime('2025-12-03T08:00:00.000Z', 'sv', zone)).toBe('onsdag 3 december kl. 09.00');
    expect(spokenDateTime('2025-12-15T16:30:00.000Z', 'sv', zone)).toBe('måndag 15 december kl. 17.30');
  });

  it('says it in English with "at" and a colon', () => {
    expect(spokenDateTime('2025-12-03T08:00:00.000Z', 'en', zone)).toBe('Wednesday 3 December at 09:00');
  });

  it('says the year only when it is not this year', () => {
    expect(spokenDateTime('2026-01-07T07:05:00.000Z', 'sv', zone)).toBe('onsdag 7 januari 2026 kl. 08.05');
    expect(spokenDateTime('2026-01-07T07:05:00.000Z', 'en', zone)).toBe('Wednesday 7 January 2026 at 08:05');
  });

  it('follows summer time: the same clock time is another UTC hour in June', () => {
    expect(spokenDateTime('2025-06-04T07:00:00.000Z', 'sv', zone)).toBe('onsdag 4 juni kl. 09.00');
  });

  it('says midnight as 00.00, not 24.00', () => {
    expect(spokenDateTime('2025-12-02T23:00:00.000Z', 'sv', zone)).toBe('onsdag 3 december kl. 00.00');
  });

  it('turns datetime-local values into instants and back, and refuses what is not one', () => {
    const iso = fromLocalInput('2025-12-03T09:00');
    expect(iso).not.toBeNull();
    expect(toLocalInput(iso as string)).toBe('2025-12-03T09:00');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('3 december')).toBeNull();
  });
});
