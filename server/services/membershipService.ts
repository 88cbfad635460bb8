import { fail, ok, type Result } from '../../shared/domain/result.ts';
import type { MembershipRole, WorkshopFacilitator } from '../../shared/protocol/api.ts';
import { nowIso } from '../db/ids.ts';
import type { Repos } from '../db/repos.ts';
import { mayRemove } from '../domain/membership.ts';

/** Who may run a workshop: its owner and the co-facilitators any member adds. */
export class MembershipService {
  private readonly removedListeners: Array<(workshopId: string, facilitatorId: string) => void> = [];

  constructor(private readonly repos: Repos) {}

  members(workshopId: string): WorkshopFacilitator[] {
    return this.repos.memberships.members(workshopId);
  }

  /** Adds the account with this email as a co-facilitator; `added` is false if it already was a member. */
  add(workshopId: string, email: string): Result<{ added: boolean; members: WorkshopFacilitator[] }> {
    const account = this.repos.facilitators.findByEmail(email);
    if (!account) return fail('UNKNOWN_ACCOUNT');
    const added = this.repos.memberships.add(workshopId, account.id, 'co', nowIso());
    return ok({ added, members: this.members(workshopId) });
  }

  remove(workshopId: string, actor: { id: string; role: MembershipRole }, targetId: string): Result<null> {
    const targetRole = this.repos.memberships.roleOf(workshopId, targetId);
    const allowed = mayRemove(actor, targetRole ? { id: targetId, role: targetRole } : null);
    if (!allowed.ok) return allowed;
    this.repos.memberships.remove(workshopId, targetId);
    for (const listener of this.removedListeners) listener(workshopId, targetId);
    return ok(null);
  }

  /** Called after someone is taken off a workshop, so their open connections can be closed. */
  onRemoved(listener: (workshopId: string, facilitatorId: string) => void): void {
    this.removedListeners.push(listener);
  }
}
