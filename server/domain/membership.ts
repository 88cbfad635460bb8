import { fail, ok, type Result } from '../../shared/domain/result.ts';
import type { MembershipRole } from '../../shared/protocol/api.ts';

interface Member {
  id: string;
  role: MembershipRole;
}

/**
 * Who may take whom off a workshop: the owner may remove anyone else, anyone may leave, and the
 * owner stays (a workshop without an owner could never be deleted). A co-facilitator may add
 * others but not remove them, so nobody can lock out the person who runs the workshop.
 */
export function mayRemove(actor: Member, target: Member | null): Result<null> {
  if (!target) return fail('NOT_FOUND');
  if (actor.id !== target.id && actor.role !== 'owner') return fail('FORBIDDEN');
  if (target.role === 'owner') return fail('OWNER_CANNOT_LEAVE');
  return ok(null);
}
