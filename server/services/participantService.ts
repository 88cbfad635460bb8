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
