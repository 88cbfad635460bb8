import crypto from 'node:crypto';

/** A bearer secret for a cookie; only its hash is stored, so a leaked database grants nothing. */
export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('base64url');
}
