import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../server/env.ts';

describe('server/env', () => {
  it('uses the defaults when the environment is empty', () => {
    expect(readConfig({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: path.resolve('./data'),
      dbFile: path.join(path.resolve('./data'), 'samsyn.sqlite'),
      clientDir: path.resolve('./dist/client'),
      serveSourceMaps: false,
      publicUrl: null,
      admin: null,
      trustProxy: null,
      secureCookies: false,
      log: 'info',
      about: { organisation: null, contact: null },
      socketsPerAccount: 50,
      privacyContact: null,
      sessionIdleMs: 12 * 3600_000,
      joinWarn: { burst: 60, silent: 25 },
      deletion: { graceDays: 30, retentionDays: null },
    });
  });

  it('reads the facilitator session idle timeout in hours, and refuses nonsense', () => {
    expect(readConfig({ SAMSYN_SESSION_IDLE_HOURS: '0.5' }).sessionIdleMs).toBe(1800_000);
    expect(() => readConfig({ SAMSYN_SESSION_IDLE_HOURS: '0' })).toThrow(/SAMSYN_SESSION_IDLE_HOURS/);
    expect(() => readConfig({ SAMSYN_SESSION_IDLE_HOURS: 'ever' })).toThrow(/SAMSYN_SESSION_IDLE_HOURS/);
  });

  it('reads where participants ask about their data, for the join page', () => {
    expect(readConfig({ SAMSYN_PRIVACY_CONTACT: ' dataskydd@example.se ' }).privacyContact).toBe(
      'dataskydd@example.se',
    );
    expect(() => readConfig({ SAMSYN_PRIVACY_CONTACT: '' })).toThrow(/SAMSYN_PRIVACY_CONTACT/);
  });

  it('names who runs the installation in the accessibility statement, when told', () => {
    const config = readConfig({
      SAMSYN_ORGANISATION: ' Region Örebro län ',
      SAMSYN_ACCESSIBILITY_CONTACT: 'tillganglighet@example.se',
    });
    expect(config.about).toEqual({ organisation: 'Region Örebro län', contact: 'tillganglighet@example.se' });
    expect(() => readConfig({ SAMSYN_ORGANISATION: '' })).toThrow(/SAMSYN_ORGANISATION/);
  });

  it('reads every setting when they are given', () => {
    const config = readConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      SAMSYN_DATA_DIR: '/var/lib/samsyn',
      SAMSYN_PUBLIC_URL: 'https://samsyn.example.se/',
      SAMSYN_ADMIN_EMAIL: 'Admin@Example.se',
      SAMSYN_ADMIN_PASSWORD: 'långt lösenord',
      SAMSYN_TRUST_PROXY: 'loopback',
      SAMSYN_LOG: 'warn',
    });

    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dbFile: '/var/lib/samsyn/samsyn.sqlite',
      publicUrl: 'https://samsyn.example.se',
      admin: { email: 'admin@example.se', password: 'långt lösenord', name: 'Processledare' },
      trustProxy: ['loopback'],
      secureCookies: true,
      log: 'warn',
    });
  });

  it('reads SAMSYN_SOCKETS_PER_ACCOUNT, and refuses one that is not a positive whole number', () => {
    expect(readConfig({ SAMSYN_SOCKETS_PER_ACCOUNT: '300' }).socketsPerAccount).toBe(300);
    for (const n of ['0', 'many', '2.5'])
      expect(() => readConfig({ SAMSYN_SOCKETS_PER_ACCOUNT: n })).toThrow(/SAMSYN_SOCKETS_PER_ACCOUNT/);
  });

  it('lets SAMSYN_SECURE_COOKIES override the guess from the public URL', () => {
    expect(
      readConfig({ SAMSYN_PUBLIC_URL: 'https://x.se', SAMSYN_SECURE_COOKIES: 'false' }).secureCookies,
    ).toBe(false);
    expect(readConfig({ SAMSYN_SECURE_COOKIES: 'true' }).secureCookies).toBe(true);
  });

  it('throws a message naming PORT when the port is not a valid number', () => {
    for (const PORT of ['abc', '70000', '-1', '80.5']) {
      expect(() => readConfig({ PORT })).toThrow(/^Invalid configuration: PORT: /);
    }
  });

  it('throws when only one of the admin email and password is set', () => {
    expect(() => readConfig({ SAMSYN_ADMIN_EMAIL: 'a@example.se' })).toThrow(/SAMSYN_ADMIN_PASSWORD/);
    expect(() => readConfig({ SAMSYN_ADMIN_PASSWORD: 'långt lösenord' })).toThrow(/SAMSYN_ADMIN_EMAIL/);
  });

  it('throws when the admin password is short or the log level unknown', () => {
    expect(() => readConfig({ SAMSYN_ADMIN_EMAIL: 'a@example.se', SAMSYN_ADMIN_PASSWORD: 'kort' })).toThrow(
      /SAMSYN_ADMIN_PASSWORD/,
    );
    expect(() => readConfig({ SAMSYN_LOG: 'debug' })).toThrow(/SAMSYN_LOG/);
  });

  it('reads SAMSYN_TRUST_PROXY as a hop count, a yes or no, or a list of addresses', () => {
    const trust = (SAMSYN_TRUST_PROXY: string) => readConfig({ SAMSYN_TRUST_PROXY }).trustProxy;
    expect(trust('1')).toBe(1);
    expect(trust(' 2 ')).toBe(2);
    expect(trust('true')).toBe(true);
    expect(trust('false')).toBe(false);
    expect(trust('loopback, 10.0.0.0/8,192.168.1.5')).toEqual(['loopback', '10.0.0.0/8', '192.168.1.5']);
    expect(trust('fd00::/8,::1')).toEqual(['fd00::/8', '::1']);
  });

  it('throws a message, not a stack trace, when SAMSYN_TRUST_PROXY is not understood', () => {
    for (const bad of ['yes', 'TRUE', '', '10.0.0.0/33', '10.0.0/8', 'loopback,proxy.example.se', '1.5']) {
      expect(() => readConfig({ SAMSYN_TRUST_PROXY: bad }), bad).toThrow(
        /^Invalid configuration: SAMSYN_TRUST_PROXY: expected a hop count/,
      );
    }
  });

  it('reads the deletion grace period (default 30 days) and the retention rule (default off)', () => {
    expect(readConfig({}).deletion).toEqual({ graceDays: 30, retentionDays: null });
    expect(readConfig({ SAMSYN_DELETE_GRACE_DAYS: '0', SAMSYN_RETENTION_DAYS: '1095' }).deletion).toEqual({
      graceDays: 0,
      retentionDays: 1095,
    });
    expect(() => readConfig({ SAMSYN_DELETE_GRACE_DAYS: '-1' })).toThrow(/SAMSYN_DELETE_GRACE_DAYS/);
    expect(() => readConfig({ SAMSYN_RETENTION_DAYS: '0' })).toThrow(/SAMSYN_RETENTION_DAYS/);
  });
});
