import crypto from 'node:crypto';

/** 16 random bytes as base64url: unguessable ids for rows and tokens alike. */
export function newId(): string {
  return crypto.randomBytes(16).toString('base64url');
}

export function nowIso(): string {
  return new Date().toISOString();
}
