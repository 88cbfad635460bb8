import type { MembershipRole, WorkshopFacilitator } from '../../shared/protocol/api.ts';
import type { Db } from './openDb.ts';

interface MemberRow {
  id: string;
  name: string;
  email: string;
  role: MembershipRole;
  added_at: string;
}

/** Which facilitators may run which workshop (table workshop_facilitators). */
export function createMembershipRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO workshop_facilitators (workshop_id, facilitator_id, role, added_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (workshop_id, facilitator_id) DO NOTHING`,
  );
  const roleOf = db.prepare<[string, string], { role: MembershipRole }>(
    `SELECT m.role FROM workshop_facilitators m JOIN workshops w ON w.id = m.workshop_id
     WHERE m.workshop_id = ? AND m.facilitator_id = ? AND w.deleted_at IS NULL`,
  );
  const members = db.prepare<[string], MemberRow>(
    `SELECT f.id, f.name, f.email, m.role, m.added_at FROM workshop_facilitators m
     JOIN facilitators f ON f.id = m.facilitator_id
     WHERE m.workshop_id = ? ORDER BY m.role = 'co', m.added_at, f.name`,
  );
  const rolesOf = db.prepare<[string], { workshop_id: string; role: MembershipRole }>(
    'SELECT workshop_id, role FROM workshop_facilitators WHERE facilitator_id = ?',
  );
  const remove = db.prepare('DELETE FROM workshop_facilitators WHERE workshop_id = ? AND facilitator_id = ?');
  // created_by counts too: it references the account without ON DELETE, so it alone blocks deletion.
  const owned = db.prepare<[string, string], { n: number }>(
    `SELECT count(*) AS n FROM workshops w WHERE w.created_by = ? OR EXISTS (
       SELECT 1 FROM workshop_facilitators m
       WHERE m.workshop_id = w.id AND m.facilitator_id = ? AND m.role = 'owner')`,
  );

  return {
    /** Adds a member; does nothing and returns false if they already are one. */
    add(workshopId: string, facilitatorId: string, role: MembershipRole, addedAt: string): boolean {
      return insert.run(workshopId, facilitatorId, role, addedAt).changes > 0;
    },
    roleOf(workshopId: string, facilitatorId: string): MembershipRole | null {
      return roleOf.get(workshopId, facilitatorId)?.role ?? null;
    },
    /** The owner first, then co-facilitators in the order they were added. */
    members(workshopId: string): WorkshopFacilitator[] {
      return members.all(workshopId).map((r) => ({
        id: r.id,
        name: r.name,
        email: r.email,
        role: r.role,
        addedAt: r.added_at,
      }));
    },
    /** Workshop id → this facilitator's role, for every workshop they may run. */
    rolesOf(facilitatorId: string): Map<string, MembershipRole> {
      return new Map(rolesOf.all(facilitatorId).map((r) => [r.workshop_id, r.role]));
    },
    remove(workshopId: string, facilitatorId: string): boolean {
      return remove.run(workshopId, facilitatorId).changes > 0;
    },
    ownedCount(facilitatorId: string): number {
      return owned.get(facilitatorId, facilitatorId)?.n ?? 0;
    },
  };
}

export type MembershipRepo = ReturnType<typeof createMembershipRepo>;
