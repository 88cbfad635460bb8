import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../../server/auth/passwords.ts';

describe('server/auth/passwords', () => {
  it('verifies the password when it is the one that was hashed', async () => {
    const stored = await hashPassword('rätt lösenord');

    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('rätt lösenord', stored)).toBe(true);
  });

  it('refuses the password when it differs, even by letter case', async () => {
    const stored = await hashPassword('rätt lösenord');

    expect(await verifyPassword('fel lösenord', stored)).toBe(false);
    expect(await verifyPassword('Rätt lösenord', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts each hash when the same password is hashed twice', async () => {
    const [a, b] = await Promise.all([hashPassword('samma'), hashPassword('samma')]);
    expect(a).not.toBe(b);
  });

  it('refuses when the stored hash is malformed', async () => {
    expect(await verifyPassword('x', 'plaintext')).toBe(false);
    expect(await verifyPassword('x', 'bcrypt$1$2$3$abc$def')).toBe(false);
  });
});
