import { describe, expect, it } from 'vitest';
import { spokenDate, spokenDateTime } from '../../../../shared/text/dates.ts';

const NOW = { now: Date.parse('2026-11-29T12:00:00Z') };
const SWEDEN = { ...NOW, timeZone: 'Europe/Stockholm' };

describe('dates as people say them', () => {
  it('says a day with its weekday, without the year when it is this year', () => {
    expect(spokenDate('2026-12-03', 'sv', NOW)).toBe('torsdag 3 december');
    expect(spokenDate('2026-12-03', 'en', NOW)).toBe('Thursday 3 December');
  });

  it('adds the year when it is another year', () => {
    expect(spokenDate('2027-01-13', 'sv', NOW)).toBe('onsdag 13 januari 2027');
  });

  it('leaves what is not a date as it is', () => {
    expect(spokenDate('i morgon', 'sv', NOW)).toBe('i morgon');
  });

  it('says an instant in the given zone, "kl." and a dot in Swedish', () => {
    expect(spokenDateTime('2026-12-02T08:00:00Z', 'sv', SWEDEN)).toBe('onsdag 2 december kl. 09.00');
    expect(spokenDateTime('2026-07-01T07:30:00Z', 'en', SWEDEN)).toBe('Wednesday 1 July at 09:30');
  });
});
