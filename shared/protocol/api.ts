import type { Sector } from '../domain/sectors.ts';
import type { WorkshopInfo, WorkshopState } from '../domain/workshop.ts';

/** REST response bodies. Errors are `{ error: ApiError }` with a 4xx/5xx status. */

export interface Facilitator {
  id: string;
  name: string;
  email: string;
  /** Manages facilitator accounts (the first account); sees no workshops it is not a member of. */
  isAdmin: boolean;
}

/** A facilitator's place in one workshop: its creator owns it, the others were added as co-facilitators. */
export type MembershipRole = 'owner' | 'co';

/** `GET /api/workshops/:id/facilitators`: who may run this workshop. */
export interface WorkshopFacilitator {
  id: string;
  name: string;
  email: string;
  role: MembershipRole;
  addedAt: string;
}

/** `GET /api/admin/facilitators`: an account as the admin sees it. */
export interface FacilitatorAccount extends Facilitator {
  createdAt: string;
  /** Workshops this account owns; an account that owns any cannot be deleted. */
  ownedWorkshops: number;
}

export interface SetupStatus {
  needed: boolean;
}

export interface WorkshopSummary extends WorkshopInfo {
  createdAt: string;
  participants: number;
  /** The caller's role in this workshop. */
  role: MembershipRole;
}

/** A workshop its owner deleted, restorable until `purgeAt` (`GET /api/deleted-workshops`). */
export interface DeletedWorkshop {
  id: string;
  title: string;
  date: string;
  place: string;
  deletedAt: string;
  /** When the sweep purges it for good, unless its owner does so or restores it first. */
  purgeAt: string;
}

export interface CreatedWorkshop {
  workshop: WorkshopState;
  joinUrl: string;
  /** The caller's role in this workshop. */
  role: MembershipRole;
}

/** What `GET /api/join/:code` tells someone before they join. */
export interface JoinPreview {
  workshopId: string;
  title: string;
  date: string;
  place: string;
  /** Whether the join form asks for a name (shared/domain/settings.ts). */
  names: 'anonymous' | 'shown';
  /** This browser already holds a valid participant cookie for the workshop. */
  joined: boolean;
  /** False while the facilitator has closed the door: the form would be refused (JOINS_CLOSED). */
  joinsOpen: boolean;
  /** What the join page tells participants about their data, from the installation's settings. */
  dataNotice: DataNotice;
}

/**
 * Who holds participants' data, where to ask, and how long it is kept (GDPR art. 13); the join
 * page words it (client/views/participant/DataNotice.tsx). Null fields fall back to generic text.
 */
export interface DataNotice {
  /** SAMSYN_ORGANISATION: the organisation responsible for the data (the organiser). */
  organisation: string | null;
  /** SAMSYN_PRIVACY_CONTACT: an email or web address for questions about one's data. */
  contact: string | null;
  /** SAMSYN_RETENTION_DAYS: days without activity after which a workshop is purged; null: never. */
  retentionDays: number | null;
  /** SAMSYN_DELETE_GRACE_DAYS: days from a facilitator's deletion to the purge. */
  graceDays: number;
}

export interface ParticipantProfile {
  id: string;
  workshopId: string;
  sector: Sector;
  municipality: string;
  organisation: string;
  displayName: string;
}

/** `GET /api/about`: who runs this installation, for the accessibility statement. */
export interface About {
  organisation: string | null;
  /** An email address or a web address; null when the installation has not set one. */
  contact: string | null;
}

/** `/api/health`: 200 with `ok`, 503 with `unavailable` and why (a stable string). */
export type Health =
  | { status: 'ok'; version: number }
  | { status: 'unavailable'; version: number; reason: 'database-not-writable' };

/**
 * A projector link, as made by `POST /api/workshops/:id/projector-link`. The token is in `url`'s
 * fragment and is shown this once: only its hash is stored.
 */
export interface ProjectorLink {
  url: string;
  /** The link as a QR code (SVG), for a venue PC with a camera or a phone; null without a public URL. */
  qrSvg: string | null;
  /** Epoch ms; also ends when revoked, replaced by a new link, or the workshop is deleted. */
  expiresAt: number;
}

/** What the projector page needs besides its socket (`GET /api/projector/:id`). */
export interface ProjectorInfo {
  workshop: WorkshopState;
  joinUrl: string;
}
