import { describe, expect, it } from 'vitest';
import { phaseChange } from '../../../../client/views/participant/phaseChange.ts';

const a = { id: 'a', status: 'open', locked: false, revealed: false } as const;

describe('what a phase change says', () => {
  it('says nothing on the first screen or when nothing that matters changed', () => {
    expect(phaseChange(null, a)).toBeNull();
    expect(phaseChange(a, { ...a })).toBeNull();
    expect(phaseChange(a, null)).toBeNull();
  });

  it('says another activity is shown', () => {
    expect(phaseChange(a, { ...a, id: 'b' })).toBe('shown');
  });

  it('says answers opened or closed before anything else that changed with it', () => {
    expect(phaseChange({ ...a, status: 'draft' }, a)).toBe('opened');
    expect(phaseChange(a, { ...a, status: 'closed', revealed: true })).toBe('closed');
  });

  it('says results shown or hidden, then a lock', () => {
    expect(phaseChange({ ...a, status: 'closed' }, { ...a, status: 'closed', revealed: true })).toBe(
      'revealed',
    );
    expect(phaseChange({ ...a, revealed: true }, a)).toBe('hidden');
    expect(phaseChange(a, { ...a, locked: true })).toBe('locked');
    expect(phaseChange({ ...a, locked: true }, a)).toBe('unlocked');
  });
});
