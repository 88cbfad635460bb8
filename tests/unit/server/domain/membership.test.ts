import { describe, expect, it } from 'vitest';
import { mayRemove } from '../../../../server/domain/membership.ts';

const owner = { id: 'owner-1', role: 'owner' } as const;
const co = { id: 'co-1', role: 'co' } as const;
const otherCo = { id: 'co-2', role: 'co' } as const;

describe('server/domain/membership', () => {
  it('lets the owner remove a co-facilitator', () => {
    expect(mayRemove(owner, co)).toEqual({ ok: true, value: null });
  });

  it('lets a co-facilitator leave when they remove themselves', () => {
    expect(mayRemove(co, co)).toEqual({ ok: true, value: null });
  });

  it('answers FORBIDDEN when a co-facilitator removes someone else', () => {
    expect(mayRemove(co, otherCo)).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(mayRemove(co, owner)).toEqual({ ok: false, code: 'FORBIDDEN' });
  });

  it('answers OWNER_CANNOT_LEAVE when the owner removes themselves', () => {
    expect(mayRemove(owner, owner)).toEqual({ ok: false, code: 'OWNER_CANNOT_LEAVE' });
  });

  it('answers NOT_FOUND when the target is not a member', () => {
    expect(mayRemove(owner, null)).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect(mayRemove(co, null)).toEqual({ ok: false, code: 'NOT_FOUND' });
  });
});
