import type { WorkshopFacilitator } from '../../shared/protocol/api.ts';
import type { AddFacilitatorBody } from '../../shared/protocol/schemas.ts';
import { type ApiResult, api } from './http.ts';

const path = (workshopId: string) => `/api/workshops/${encodeURIComponent(workshopId)}/facilitators`;

/** The facilitators of one workshop: its owner and co-facilitators. */
export function fetchTeam(workshopId: string): Promise<ApiResult<WorkshopFacilitator[]>> {
  return api<WorkshopFacilitator[]>('GET', path(workshopId));
}

/** Status 201 when added, 200 when they already were a member; both answer the new list. */
export function addToTeam(workshopId: string, email: string): Promise<ApiResult<WorkshopFacilitator[]>> {
  const body: AddFacilitatorBody = { email };
  return api<WorkshopFacilitator[]>('POST', path(workshopId), body);
}

/** Removes someone, or with your own id leaves the workshop. */
export function removeFromTeam(workshopId: string, facilitatorId: string): Promise<ApiResult<null>> {
  return api<null>('DELETE', `${path(workshopId)}/${encodeURIComponent(facilitatorId)}`);
}
