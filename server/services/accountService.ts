import crypto from 'node:crypto';
import { fail, ok, type Result } from '../../shared/domain/result.ts';
import type { Facilitator, FacilitatorAccount } from '../../shared/protocol/api.ts';
import { FACILITATOR_SESSION_MS } from '../auth/cookies.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { Repos } from '../db/repos.ts';

/** A hash to compare against when the email is unknown, so both paths take as long. */
const DUMMY_HASH = hashPassword(crypto.randomBytes(16).toString('hex'));

/**
 * Facilitator accounts and login sessions. The first account comes either from the
 * environment or from the setup page, which only works with the token printed at start; it is
 * the admin, who makes and deletes the other accounts.
 */
export class AccountService {
  private readonly token = newToken();
  private readonly deletedListeners: Array<(facilitatorId: string) => void> = [];
  private readonly setupDoneListeners: Array<() => void> = [];

  constructor(private readonly repos: Repos) {}

  /** The one-time setup code, only while no account exists (it is printed at start). */
  get setupToken(): string | null {
    return this.setupNeeded() ? this.token : null;
  }

  setupNeeded(): boolean {
    return this.repos.facilitators.count() === 0;
  }

  /** The first account becomes the admin. Emails are unique (the caller lower-cases them). */
  async createAccount(input: { email: string; name: string; password: string }): Promise<Facilitator> {
    const passwordHash = await hashPassword(input.password);
    // Counted after the await, with nothing async until the insert: no other account slips in between.
    const facilitator = {
      id: newId(),
      email: input.email,
      name: input.name,
      isAdmin: this.setupNeeded(),
    };
    this.repos.facilitators.insert({ ...facilitator, passwordHash }, nowIso());
    return facilitator;
  }

  /** The admin's list: every account and how many workshops it owns. */
  accounts(): FacilitatorAccount[] {
    return this.repos.facilitators.list().map((f) => ({
      id: f.id,
      name: f.name,
      email: f.email,
      isAdmin: f.isAdmin,
      createdAt: f.createdAt,
      ownedWorkshops: this.repos.memberships.ownedCount(f.id),
    }));
  }

  /** An account made by the admin with an initial password. */
  async addAccount(input: {
    email: string;
    name: string;
    password: string;
  }): Promise<Result<FacilitatorAccount>> {
    if (this.repos.facilitators.findByEmail(input.email)) return fail('EMAIL_TAKEN');
    const passwordHash = await hashPassword(input.password);
    // Checked again after the slow hash: two requests for one email must not both pass.
    if (this.repos.facilitators.findByEmail(input.email)) return fail('EMAIL_TAKEN');
    const account = { id: newId(), email: input.email, name: input.name, isAdmin: false };
    const createdAt = nowIso();
    this.repos.facilitators.insert({ ...account, passwordHash }, createdAt);
    return ok({ ...account, createdAt, ownedWorkshops: 0 });
  }

  /**
   * Deletes an account with its sessions and co-facilitator places. Workshops are not moved to
   * someone else: an account that still owns any is refused, and so is the admin's own.
   */
  deleteAccount(actorId: string, facilitatorId: string): Result<null> {
    if (!this.repos.facilitators.findById(facilitatorId)) return fail('NOT_FOUND');
    if (facilitatorId === actorId) return fail('OWN_ACCOUNT');
    if (this.repos.memberships.ownedCount(facilitatorId) > 0) return fail('OWNS_WORKSHOPS');
    this.repos.facilitators.delete(facilitatorId);
    for (const listener of this.deletedListeners) listener(facilitatorId);
    return ok(null);
  }

  /** Called after an account is deleted, so its open connections can be closed. */
  onDeleted(listener: (facilitatorId: string) => void): void {
    this.deletedListeners.push(listener);
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
    const created = await this.createAccount(input);
    for (const listener of this.setupDoneListeners) listener();
    return ok(created);
  }

  /** Called once the setup code has made the first account, so wherever it was shown can go. */
  onSetupDone(listener: () => void): void {
    this.setupDoneListeners.push(listener);
  }

  async login(email: string, password: string): Promise<Result<Facilitator>> {
    const found = this.repos.facilitators.findByEmail(email);
    const valid = await verifyPassword(password, found?.passwordHash ?? (await DUMMY_HASH));
    if (!found || !valid) return fail('BAD_CREDENTIALS');
    return ok({ id: found.id, email: found.email, name: found.name, isAdmin: found.isAdmin });
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
