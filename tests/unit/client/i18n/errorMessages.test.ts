import { describe, expect, it } from 'vitest';
import { en } from '../../../../client/i18n/en.ts';
import { enStaff } from '../../../../client/i18n/enStaff.ts';
import { STAFF_ERROR_CODES } from '../../../../client/i18n/errorCodes.ts';
import { sv } from '../../../../client/i18n/sv.ts';
import { svStaff } from '../../../../client/i18n/svStaff.ts';
import { errorKey } from '../../../../client/i18n/useT.ts';
import { ERROR_CODES } from '../../../../shared/protocol/errors.ts';

function lookup(table: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], table);
}

describe('client/i18n error messages', () => {
  it('has a Swedish and an English message for every error code, where errorKey looks for it', () => {
    for (const [lang, table] of [
      ['sv', { ...sv, ...svStaff }],
      ['en', { ...en, ...enStaff }],
    ] as const) {
      for (const code of ERROR_CODES) {
        const message = lookup(table, errorKey(code));
        expect([lang, code, typeof message]).toEqual([lang, code, 'string']);
        expect((message as string).length).toBeGreaterThan(5);
      }
    }
  });

  it('keeps staff-only messages out of what a phone downloads', () => {
    for (const code of STAFF_ERROR_CODES) {
      expect(lookup(sv, `errors.${code}`)).toBeUndefined();
      expect(errorKey(code)).toBe(`staffErrors.${code}`);
    }
    expect(errorKey('LOCKED')).toBe('errors.LOCKED');
  });
});
