import type { ProjectorInfo, ProjectorLink } from '../../shared/protocol/api.ts';
import { type ApiResult, api } from './http.ts';

const linkPath = (workshopId: string) => `/api/workshops/${encodeURIComponent(workshopId)}/projector-link`;

/** A new projector link for the workshop; the previous one stops working. */
export const createProjectorLink = (workshopId: string): Promise<ApiResult<ProjectorLink>> =>
  api<ProjectorLink>('POST', linkPath(workshopId));

/** When the workshop's projector link expires; null when none is live. */
export const projectorLinkStatus = (workshopId: string): Promise<ApiResult<{ expiresAt: number | null }>> =>
  api<{ expiresAt: number | null }>('GET', linkPath(workshopId));

export const revokeProjectorLink = (workshopId: string): Promise<ApiResult<null>> =>
  api<null>('DELETE', linkPath(workshopId));

/** The venue PC trades a link's token for its projector cookie. */
export const claimProjector = (token: string): Promise<ApiResult<{ workshopId: string }>> =>
  api<{ workshopId: string }>('POST', '/api/projector/claim', { token });

/**
 * What the stage needs besides its socket, with the projector link or a facilitator's session.
 * A relative join link is made whole here, as in fetchWorkshop.
 */
export async function fetchProjectorInfo(workshopId: string): Promise<ApiResult<ProjectorInfo>> {
  const res = await api<ProjectorInfo>('GET', `/api/projector/${encodeURIComponent(workshopId)}`);
  if (!res.ok) return res;
  return { ...res, data: { ...res.data, joinUrl: new URL(res.data.joinUrl, location.origin).href } };
}
