import type { ErrorCode } from '../../shared/protocol/errors.ts';

/**
 * Codes only facilitators can meet (log-in, accounts, membership, the agenda, vote rules,
 * merging). Their messages live in the staff catalogs, loaded with the facilitator's views, so a
 * phone does not download them.
 */
export const STAFF_ERROR_CODES = [
  'BAD_CREDENTIALS',
  'SETUP_DONE',
  'SETUP_TOKEN',
  'UNKNOWN_ACCOUNT',
  'EMAIL_TAKEN',
  'OWN_ACCOUNT',
  'OWNS_WORKSHOPS',
  'OWNER_CANNOT_LEAVE',
  'VOTE_RULES_LOCKED',
  'SAME_PRIORITY',
  'TOO_MANY_ACTIVITIES',
  'ACTIVITY_IN_USE',
  'PUBLIC_URL_NEEDED',
  'PROJECTOR_LINK_INVALID',
] as const satisfies readonly ErrorCode[];

export type StaffErrorCode = (typeof STAFF_ERROR_CODES)[number];
export type ParticipantErrorCode = Exclude<ErrorCode, StaffErrorCode>;

export function isStaffErrorCode(code: ErrorCode): code is StaffErrorCode {
  return (STAFF_ERROR_CODES as readonly string[]).includes(code);
}
