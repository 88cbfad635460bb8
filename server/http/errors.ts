import type { ErrorRequestHandler } from 'express';
import type { ZodError } from 'zod';
import type { ApiError, ErrorCode } from '../../shared/protocol/errors.ts';
import type { Log } from '../log.ts';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  BAD_CREDENTIALS: 401,
  FORBIDDEN: 403,
  SETUP_TOKEN: 403,
  NOT_FOUND: 404,
  INVALID_CODE: 404,
  SETUP_DONE: 409,
  EMAIL_TAKEN: 409,
  OWN_ACCOUNT: 409,
  OWNS_WORKSHOPS: 409,
  OWNER_CANNOT_LEAVE: 409,
  TOO_MANY_ACTIVITIES: 409,
  ACTIVITY_IN_USE: 409,
  NOT_SUPPORTED: 400,
  LOCKED: 409,
  WRONG_PHASE: 409,
  VOTING_CLOSED: 409,
  VOTE_RULES_LOCKED: 409,
  BUDGET_EXCEEDED: 422,
  MAX_PER_PRIORITY: 422,
  UNKNOWN_PRIORITY: 422,
  UNKNOWN_ACCOUNT: 422,
  TOO_MANY_PRIORITIES: 422,
  TEXT_TOO_LONG: 422,
  SAME_PRIORITY: 422,
  // The YJS_* codes travel only in the Yjs `refused` message; statuses for completeness.
  YJS_KEY_CHANGE: 422,
  YJS_NEW_ROOT: 422,
  YJS_NOT_TEXT: 422,
  YJS_MISSING_DEPENDENCY: 422,
  YJS_FOREIGN_CLIENT: 403,
  DOCUMENT_FULL: 413,
  DOCUMENT_UNREADABLE: 500,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  TIMEOUT: 504,
  TOO_MANY_CHOICES: 422,
  TOO_MANY_POSTS: 422,
  DIALOGUE_CLOSED: 409,
  JOINS_CLOSED: 409,
  TOO_MANY_CONNECTIONS: 429,
  PUBLIC_URL_NEEDED: 409,
  WORKSHOP_ENDED: 409,
  OP_ID_REUSED: 409,
  PROJECTOR_LINK_INVALID: 404,
};

/** Thrown by routes; the error handler turns it into `{ error: { code } }` with its status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields?: string[],
  ) {
    super(code);
  }
}

export const statusOf = (code: ErrorCode): number => STATUS[code];

export function fieldsOf(error: ZodError): string[] {
  return [...new Set(error.issues.map((i) => i.path.join('.') || '(root)'))];
}

/** Raw exception text never reaches a client; it goes to the log. */
export function errorHandler(log: Log): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    let body: ApiError;
    if (err instanceof AppError) {
      body = err.fields ? { code: err.code, fields: err.fields } : { code: err.code };
    } else if (isBodyParserError(err)) {
      body = { code: 'VALIDATION', fields: ['(body)'] };
    } else if (hasStatus(err, 404)) {
      body = { code: 'NOT_FOUND' }; // a missing static asset
    } else {
      log.warn('unhandled error', { error: err instanceof Error ? err.stack : String(err) });
      body = { code: 'INTERNAL' };
    }
    res.status(statusOf(body.code)).json({ error: body });
  };
}

function hasStatus(err: unknown, status: number): boolean {
  return typeof err === 'object' && err !== null && 'status' in err && err.status === status;
}

function isBodyParserError(err: unknown): boolean {
  return (
    typeof err === 'object' &&
    err !== null &&
    'type' in err &&
    typeof err.type === 'string' &&
    'status' in err
  );
}
