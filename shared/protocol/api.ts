import type { Sector } from '../domain/sectors.ts';
import type { WorkshopInfo, WorkshopState } from '../domain/workshop.ts';

/** REST response bodies. Errors are `{ error: ApiError }` with a 4xx/5xx status. */

export interface Facilitator {
  id: string;
  name: string;
  email: string;
}

export interface SetupStatus {
  needed: boolean;
}

export interface WorkshopSummary extends WorkshopInfo {
  createdAt: string;
  participants: number;
}

export interface CreatedWorkshop {
  workshop: WorkshopState;
  joinUrl: string;
}

/** What `GET /api/join/:code` tells someone before they join. */
export interface JoinPreview {
  workshopId: string;
  title: string;
  date: string;
  place: string;
}

export interface ParticipantProfile {
  id: string;
  workshopId: string;
  sector: Sector;
  municipality: string;
  organisation: string;
  displayName: string;
}

export interface Health {
  status: 'ok';
  version: number;
}
