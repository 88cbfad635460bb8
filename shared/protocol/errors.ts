/**
 * Stable error codes. They travel in REST bodies and socket acks, the client translates
 * them (`errors.<CODE>` in the catalogs) and they never change meaning once released.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_CODE',
  'RATE_LIMITED',
  'BAD_CREDENTIALS',
  'SETUP_DONE',
  'SETUP_TOKEN',
  'UNKNOWN_ACCOUNT',
  'EMAIL_TAKEN',
  'OWN_ACCOUNT',
  'OWNS_WORKSHOPS',
  'OWNER_CANNOT_LEAVE',
  'TOO_MANY_ACTIVITIES',
  'ACTIVITY_IN_USE',
  'NOT_SUPPORTED',
  'LOCKED',
  'WRONG_PHASE',
  'VOTING_CLOSED',
  'VOTE_RULES_LOCKED',
  'BUDGET_EXCEEDED',
  'MAX_PER_PRIORITY',
  'UNKNOWN_PRIORITY',
  'TOO_MANY_PRIORITIES',
  'TEXT_TOO_LONG',
  'SAME_PRIORITY',
  'YJS_KEY_CHANGE',
  'YJS_NEW_ROOT',
  'YJS_NOT_TEXT',
  'YJS_MISSING_DEPENDENCY',
  'YJS_FOREIGN_CLIENT',
  'DOCUMENT_FULL',
  'DOCUMENT_UNREADABLE',
  'TIMEOUT',
  'INTERNAL',
  'TOO_MANY_CHOICES',
  'TOO_MANY_POSTS',
  'DIALOGUE_CLOSED',
  'JOINS_CLOSED',
  'TOO_MANY_CONNECTIONS',
  'PUBLIC_URL_NEEDED',
  'WORKSHOP_ENDED',
  'OP_ID_REUSED',
  'PROJECTOR_LINK_INVALID',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** Field paths that failed validation, when code is VALIDATION. */
  fields?: string[];
}

export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
