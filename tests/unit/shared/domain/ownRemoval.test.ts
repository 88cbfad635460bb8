import { describe, expect, it } from 'vitest';
import { ownRemovalRefusal } from '../../../../shared/domain/ownRemoval.ts';

const NOW = Date.parse('2026-11-29T12:00:00Z');
const window = (opens: string, closes: string) => ({
  opensAt: `2026-11-29T${opens}:00Z`,
  closesAt: `2026-11-29T${closes}:00Z`,
});

describe('shared/domain/ownRemoval', () => {
  it('allows removal in a live workshop while anything is open or still to come', () => {
    expect(ownRemovalRefusal([], null, NOW)).toBeNull();
    expect(ownRemovalRefusal(['closed', 'open'], null, NOW)).toBeNull();
    expect(ownRemovalRefusal(['closed', 'draft'], null, NOW)).toBeNull();
  });

  it('refuses with WORKSHOP_ENDED when every activity is closed', () => {
    expect(ownRemovalRefusal(['closed'], null, NOW)).toBe('WORKSHOP_ENDED');
    expect(ownRemovalRefusal(['closed', 'closed'], null, NOW)).toBe('WORKSHOP_ENDED');
  });

  it('follows an open dialogue’s window: closed before, ended at and after its closing time', () => {
    expect(ownRemovalRefusal(['open'], window('13:00', '14:00'), NOW)).toBe('DIALOGUE_CLOSED');
    expect(ownRemovalRefusal(['open'], window('11:00', '13:00'), NOW)).toBeNull();
    expect(ownRemovalRefusal(['open'], window('10:00', '12:00'), NOW)).toBe('WORKSHOP_ENDED');
    expect(ownRemovalRefusal(['open'], window('10:00', '11:00'), NOW)).toBe('WORKSHOP_ENDED');
  });
});
