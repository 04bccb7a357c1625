import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generatePassword, hashPassword, SCRYPT, UNKNOWN_USER_HASH, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  it('verifies the password it hashed and no other', async () => {
    const hash = await hashPassword('correct horse battery staple');
    assert.equal(await verifyPassword('correct horse battery staple', hash), true);
    assert.equal(await verifyPassword('correct horse battery stapl', hash), false);
    assert.equal(await verifyPassword('', hash), false);
  });

  it('stores scrypt with its parameters and a fresh salt, never the password', async () => {
    const a = await hashPassword('same password');
    const b = await hashPassword('same password');
    assert.notEqual(a, b, 'each hash has its own salt');
    assert.match(a, new RegExp(`^scrypt\\$${SCRYPT.N}\\$${SCRYPT.r}\\$${SCRYPT.p}\\$[\\w-]{22}\\$[\\w-]{86}$`));
    assert.ok(!a.includes('same password'));
  });

  it('still verifies hashes made with other parameters', async () => {
    // A hash from a cheaper setting (as an older version might have stored) verifies by its own parameters.
    const { scryptSync } = await import('node:crypto');
    const salt = Buffer.from('0123456789abcdef');
    const key = scryptSync('old password', salt, 32, { N: 1024, r: 8, p: 1 });
    const stored = `scrypt$1024$8$1$${salt.toString('base64url')}$${key.toString('base64url')}`;
    assert.equal(await verifyPassword('old password', stored), true);
    assert.equal(await verifyPassword('new password', stored), false);
  });

  it('matches nothing against a malformed or placeholder hash', async () => {
    assert.equal(await verifyPassword('x', 'plain text'), false);
    assert.equal(await verifyPassword('x', 'bcrypt$whatever'), false);
    assert.equal(await verifyPassword('', UNKNOWN_USER_HASH), false);
  });

  it('generates long, distinct passwords from an unambiguous alphabet', () => {
    const seen = new Set(Array.from({ length: 200 }, generatePassword));
    assert.equal(seen.size, 200);
    for (const p of seen) assert.match(p, /^[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}$/);
  });
});
