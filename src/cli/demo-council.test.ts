import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signIn } from '../access/accounts.ts';
import { ROLES } from '../access/permissions.ts';
import { openDatabase, type Database } from '../store/database.ts';
import { migrate } from '../store/migrate.ts';
import { createDemoAccounts } from './demo-council.ts';

describe('the demo accounts', () => {
  let db: Database;
  before(async () => {
    db = await openDatabase();
    await migrate(db);
  });
  after(() => db.close());

  it('creates one account per role, each with its own generated password, stored only hashed', async () => {
    const accounts = await createDemoAccounts(db, '806', new Date('2026-01-01T00:00:00Z'));
    assert.deepEqual(accounts.map((a) => a.role).sort(), [...ROLES].sort());
    assert.equal(new Set(accounts.map((a) => a.password)).size, accounts.length);
    assert.equal(accounts.find((a) => a.role === 'social-worker')?.team, 'Team A');
    assert.equal(accounts.find((a) => a.role === 'inspector')?.expiresAt, '2026-01-31T00:00:00.000Z');
    const stored = await db.query<{ password_hash: string }>('select password_hash from users');
    for (const a of accounts) assert.ok(stored.every((s) => !s.password_hash.includes(a.password)));
    const admin = accounts.find((a) => a.role === 'administrator')!;
    assert.equal((await signIn(db, admin.username, admin.password, new Date('2026-01-02T00:00:00Z'))).ok, true);
  });
});
