import type { Sector } from '../../shared/domain/sectors.ts';
import type { ParticipantProfile } from '../../shared/protocol/api.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { Repos } from '../db/repos.ts';

export interface JoinInput {
  sector: Sector;
  municipality: string;
  organisation: string;
  displayName: string;
}

/**
 * Someone who joins again with a valid cookie for the workshop (a rescanned QR code) is the same
 * participant: their details become what they just gave, and they keep their cookie, votes and
 * texts. Counting them twice would skew the export's numbers per sector.
 */
export function rejoinWorkshop(
  repos: Repos,
  existing: ParticipantProfile,
  input: JoinInput,
): ParticipantProfile {
  const profile: ParticipantProfile = { ...existing, ...input };
  repos.participants.updateDetails(profile);
  return profile;
}

/** Creates a participant and the secret their cookie carries (only its hash is stored). */
export function joinWorkshop(
  repos: Repos,
  workshopId: string,
  input: JoinInput,
): { profile: ParticipantProfile; token: string } {
  const token = newToken();
  const profile: ParticipantProfile = { id: newId(), workshopId, ...input };
  repos.participants.insert(profile, hashToken(token), nowIso());
  return { profile, token };
}
