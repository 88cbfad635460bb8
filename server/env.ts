import path from 'node:path';
import { z } from 'zod';
import { SESSION_IDLE_MS } from './db/facilitatorRepo.ts';
import { parseTrustProxy, type TrustProxy } from './trustProxy.ts';

/** Configuration comes from the environment only; a bad value stops start-up with a clear message. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  SAMSYN_DATA_DIR: z.string().default('./data'),
  /** Public base URL used in join links and QR codes; defaults to the request's own origin. */
  SAMSYN_PUBLIC_URL: z.url().optional(),
  SAMSYN_ADMIN_EMAIL: z.email().optional(),
  SAMSYN_ADMIN_PASSWORD: z.string().min(10).optional(),
  SAMSYN_ADMIN_NAME: z.string().default('Processledare'),
  /** Set when behind a reverse proxy, so rate limits see the client's address (Express `trust proxy`). */
  SAMSYN_TRUST_PROXY: z.string().optional(),
  /** Mark cookies Secure; on by default when SAMSYN_PUBLIC_URL is https. */
  SAMSYN_SECURE_COOKIES: z.enum(['true', 'false']).optional(),
  SAMSYN_CLIENT_DIR: z.string().default('./dist/client'),
  /** Serve the client's `*.map` files (debugging only: they hold the original sources). */
  SAMSYN_SERVE_SOURCE_MAPS: z.enum(['true', 'false']).default('false'),
  SAMSYN_LOG: z.enum(['info', 'warn', 'silent']).default('info'),
  /** Who runs this installation: named in the accessibility statement. */
  SAMSYN_ORGANISATION: z.string().trim().min(1).max(200).optional(),
  /** Where people report accessibility problems (an email address or a web address). */
  SAMSYN_ACCESSIBILITY_CONTACT: z.string().trim().min(3).max(200).optional(),
  /** Open sockets per facilitator account (control rooms and projector screens together). */
  SAMSYN_SOCKETS_PER_ACCOUNT: z.coerce.number().int().min(1).max(10_000).default(50),
  /** Hours a facilitator session may go unused before it must log in again (an open control room is use). */
  SAMSYN_SESSION_IDLE_HOURS: z.coerce
    .number()
    .positive()
    .max(720)
    .default(SESSION_IDLE_MS / 3600_000),
  /** Joins from one address within 10 s that warn the facilitator of a script (http/joinWatch.ts). */
  SAMSYN_JOIN_WARN_BURST: z.coerce.number().int().min(2).max(10_000).default(60),
  /** Joins whose phone never connected within a minute that warn the facilitator of a script. */
  SAMSYN_JOIN_WARN_SILENT: z.coerce.number().int().min(1).max(10_000).default(25),
  /** Days a deleted workshop can be restored by its owner before it is purged; 0: at the next sweep. */
  SAMSYN_DELETE_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /** Purge workshops with no activity for this many days; unset: never (public records, see docs/operations.md). */
  SAMSYN_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).optional(),
  /** Where participants ask about their personal data (an email or web address), named on the join page. */
  SAMSYN_PRIVACY_CONTACT: z.string().trim().min(3).max(200).optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  dbFile: string;
  clientDir: string;
  /** Whether `*.map` files of the client are served; off by default. */
  serveSourceMaps: boolean;
  publicUrl: string | null;
  admin: { email: string; password: string; name: string } | null;
  /** Express `trust proxy`: a hop count, true/false, or addresses/subnets; null when not set. */
  trustProxy: TrustProxy | null;
  secureCookies: boolean;
  log: 'info' | 'warn' | 'silent';
  /** The accessibility statement's organisation and feedback contact; null when not configured. */
  about: { organisation: string | null; contact: string | null };
  /** Open sockets per facilitator account; participants have a fixed cap (realtime/socketCap.ts). */
  socketsPerAccount: number;
  /** How long a facilitator session may go unused, in ms; the 30-day absolute expiry stays. */
  sessionIdleMs: number;
  /** When joins look scripted to the facilitator's warning (http/joinWatch.ts). */
  joinWarn: { burst: number; silent: number };
  /** Deletion: the grace period before a purge, and the retention rule (null: off). */
  deletion: { graceDays: number; retentionDays: number | null };
  /** Where participants ask about their data (join page); null when not configured. */
  privacyContact: string | null;
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if ((e.SAMSYN_ADMIN_EMAIL === undefined) !== (e.SAMSYN_ADMIN_PASSWORD === undefined)) {
    throw new Error(
      'Invalid configuration: set both SAMSYN_ADMIN_EMAIL and SAMSYN_ADMIN_PASSWORD, or neither',
    );
  }
  const trustProxy = e.SAMSYN_TRUST_PROXY === undefined ? null : parseTrustProxy(e.SAMSYN_TRUST_PROXY);
  if (trustProxy && !trustProxy.ok) throw new Error(`Invalid configuration: ${trustProxy.error}`);
  const dataDir = path.resolve(e.SAMSYN_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    dbFile: path.join(dataDir, 'samsyn.sqlite'),
    clientDir: path.resolve(e.SAMSYN_CLIENT_DIR),
    serveSourceMaps: e.SAMSYN_SERVE_SOURCE_MAPS === 'true',
    publicUrl: e.SAMSYN_PUBLIC_URL?.replace(/\/$/, '') ?? null,
    admin:
      e.SAMSYN_ADMIN_EMAIL && e.SAMSYN_ADMIN_PASSWORD
        ? {
            email: e.SAMSYN_ADMIN_EMAIL.toLowerCase(),
            password: e.SAMSYN_ADMIN_PASSWORD,
            name: e.SAMSYN_ADMIN_NAME,
          }
        : null,
    trustProxy: trustProxy?.value ?? null,
    secureCookies: e.SAMSYN_SECURE_COOKIES
      ? e.SAMSYN_SECURE_COOKIES === 'true'
      : (e.SAMSYN_PUBLIC_URL?.startsWith('https:') ?? false),
    log: e.SAMSYN_LOG,
    about: { organisation: e.SAMSYN_ORGANISATION ?? null, contact: e.SAMSYN_ACCESSIBILITY_CONTACT ?? null },
    socketsPerAccount: e.SAMSYN_SOCKETS_PER_ACCOUNT,
    sessionIdleMs: Math.round(e.SAMSYN_SESSION_IDLE_HOURS * 3600_000),
    joinWarn: { burst: e.SAMSYN_JOIN_WARN_BURST, silent: e.SAMSYN_JOIN_WARN_SILENT },
    deletion: { graceDays: e.SAMSYN_DELETE_GRACE_DAYS, retentionDays: e.SAMSYN_RETENTION_DAYS ?? null },
    privacyContact: e.SAMSYN_PRIVACY_CONTACT ?? null,
  };
}
