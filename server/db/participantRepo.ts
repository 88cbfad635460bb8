import type { Sector } from '../../shared/domain/sectors.ts';
import type { ParticipantProfile } from '../../shared/protocol/api.ts';
import type { Db } from './openDb.ts';

interface Row {
  id: string;
  workshop_id: string;
  sector: Sector;
  municipality: string;
  organisation: string;
  display_name: string;
}

const toProfile = (r: Row): ParticipantProfile => ({
  id: r.id,
  workshopId: r.workshop_id,
  sector: r.sector,
  municipality: r.municipality,
  organisation: r.organisation,
  displayName: r.display_name,
});

export function createParticipantRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO participants (id, workshop_id, token_hash, sector, municipality, organisation,
       display_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byToken = db.prepare<[string, string], Row>(
    // A deleted workshop's participants are nobody until it is restored.
    `SELECT p.* FROM participants p JOIN workshops w ON w.id = p.workshop_id
     WHERE p.token_hash = ? AND p.workshop_id = ? AND w.deleted_at IS NULL`,
  );
  const update = db.prepare(
    `UPDATE participants SET sector = ?, municipality = ?, organisation = ?, display_name = ?
     WHERE id = ? AND workshop_id = ?`,
  );
  const bySector = db.prepare<[string], { sector: Sector; n: number }>(
    'SELECT sector, count(*) AS n FROM participants WHERE workshop_id = ? GROUP BY sector',
  );

  return {
    insert(p: ParticipantProfile, tokenHash: string, createdAt: string): void {
      insert.run(
        p.id,
        p.workshopId,
        tokenHash,
        p.sector,
        p.municipality,
        p.organisation,
        p.displayName,
        createdAt,
      );
    },
    findByToken(tokenHash: string, workshopId: string): ParticipantProfile | null {
      const row = byToken.get(tokenHash, workshopId);
      return row ? toProfile(row) : null;
    },
    /** Replaces the details a participant gave when joining. */
    updateDetails(p: ParticipantProfile): void {
      update.run(p.sector, p.municipality, p.organisation, p.displayName, p.id, p.workshopId);
    },
    countsBySector(workshopId: string): Array<{ sector: Sector; n: number }> {
      return bySector.all(workshopId);
    },
  };
}

export type ParticipantRepo = ReturnType<typeof createParticipantRepo>;
