import crypto from 'node:crypto';
import type { Facilitator } from '../../shared/protocol/api.ts';
import { FACILITATOR_SESSION_MS } from '../auth/cookies.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { Repos } from '../db/repos.ts';
import { fail, ok, type Result } from '../domain/result.ts';

/** A hash to compare against when the email is unknown, so both paths take as long. */
const DUMMY_HASH = hashPassword(crypto.randomBytes(16).toString('hex'));

/**
 * Facilitator accounts and login sessions. The first account comes either from the
 * environment or from the setup page, which only works with the token printed at start.
 */
export class AccountService {
  private readonly token = newToken();

  constructor(private readonly repos: Repos) {}

  /** The one-time setup code, only while no account exists (it is printed at start). */
  get setupToken(): string | null {
    return this.setupNeeded() ? this.token : null;
  }

  setupNeeded(): boolean {
    return this.repos.facilitators.count() === 0;
  }

  async createAccount(input: { email: string; name: string; password: string }): Promise<Facilitator> {
    const facilitator = { id: newId(), email: input.email, name: input.name };
    this.repos.facilitators.insert(
      { ...facilitator, passwordHash: await hashPassword(input.password) },
      nowIso(),
    );
    return facilitator;
  }

  async setup(input: {
    token: string;
    email: string;
    name: string;
    password: string;
  }): Promise<Result<Facilitator>> {
    if (!this.setupNeeded()) return fail('SETUP_DONE');
    const expected = Buffer.from(this.token);
    const given = Buffer.from(input.token);
    if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) {
      return fail('SETUP_TOKEN');
    }
    return ok(await this.createAccount(input));
  }

  async login(email: string, password: string): Promise<Result<Facilitator>> {
    const found = this.repos.facilitators.findByEmail(email);
    const valid = await verifyPassword(password, found?.passwordHash ?? (await DUMMY_HASH));
    if (!found || !valid) return fail('BAD_CREDENTIALS');
    return ok({ id: found.id, email: found.email, name: found.name });
  }

  /** Returns the cookie value; only its hash is stored. */
  startSession(facilitatorId: string): string {
    const token = newToken();
    this.repos.facilitators.insertSession(
      hashToken(token),
      facilitatorId,
      Date.now() + FACILITATOR_SESSION_MS,
    );
    return token;
  }

  endSession(token: string): void {
    this.repos.facilitators.deleteSession(hashToken(token));
  }
}
