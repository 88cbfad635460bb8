import { describe, expect, it } from 'vitest';
import { OTHER_ROW, pollConfigOf } from '../../../../../client/activities/poll/config.ts';
import { newClientId } from '../../../../../client/components/textItems.ts';
import { pollConfig } from '../../../../../shared/activities/poll/schema.ts';

describe('client/activities/poll pollConfigOf', () => {
  it('reads a config the server parsed', () => {
    const config = pollConfig.parse({ question: 'Fråga?', allowOther: true });
    expect(pollConfigOf(config)).toEqual(config);
  });
  it('returns null for what is not a poll config', () => {
    for (const bad of [
      null,
      3,
      {},
      { prompt: 'x' },
      { options: 'a', multiple: false, maxChoices: 1, allowOther: false },
    ])
      expect(pollConfigOf(bad)).toBeNull();
    expect(
      pollConfigOf({ options: [{ id: 1, text: 'a' }], multiple: false, maxChoices: 1, allowOther: false }),
    ).toBeNull();
  });
});

describe('client/components/textItems newClientId', () => {
  it('makes ids the schema takes, different each time, never the "other" row key', () => {
    const ids = new Set(Array.from({ length: 200 }, newClientId));
    expect(ids.size).toBe(200);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{6,40}$/);
      expect(id).not.toBe(OTHER_ROW);
    }
  });
});
