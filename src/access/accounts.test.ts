import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDatabase, type Database } from '../store/database.ts';
import { migrate } from '../store/migrate.ts';
import { createUser, LOCKOUT, resetPassword, signIn } from './accounts.ts';
import { resumeSession, startSession } from './sessions.ts';

describe('accounts', () => {
  let db: Database;
  before(async () => {
    db = await openDatabase();
    await migrate(db);
    await createUser(db, { username: 'ann', la: '806', role: 'manager', password: 'right password' });
    await createUser(db, { username: 'ivy', la: '806', role: 'inspector', expiresAt: '2020-01-01T00:00:00Z', password: 'right password' });
  });
  after(() => db.close());

  it('signs in with the right password and audits it', async () => {
    const result = await signIn(db, 'ann', 'right password');
    assert.equal(result.ok, true);
    assert.equal(result.ok && result.actor.role, 'manager');
    const [last] = await db.query<{ actor: string; action: string }>('select actor, action from audit_log order by id desc limit 1');
    assert.deepEqual(last, { actor: 'ann', action: 'sign-in' });
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    assert.deepEqual(await signIn(db, 'ann', 'wrong'), { ok: false, reason: 'invalid' });
    assert.deepEqual(await signIn(db, 'nobody', 'wrong'), { ok: false, reason: 'invalid' });
    await signIn(db, 'ann', 'right password'); // resets the count for the next test
  });

  it(`locks an account after ${LOCKOUT.failures} failures, even against the right password, until reset`, async () => {
    for (let i = 0; i < LOCKOUT.failures; i++) assert.equal((await signIn(db, 'ann', `guess ${i}`)).ok, false);
    const locked = await signIn(db, 'ann', 'right password');
    assert.equal(locked.ok, false);
    assert.equal(!locked.ok && locked.reason, 'locked');
    // The lock lifts by itself after LOCKOUT.minutes …
    const later = new Date(Date.now() + (LOCKOUT.minutes + 1) * 60_000);
    assert.equal((await signIn(db, 'ann', 'right password', later)).ok, true);
    // … or when an administrator resets the password.
    for (let i = 0; i < LOCKOUT.failures; i++) await signIn(db, 'ann', `guess ${i}`);
    assert.equal(await resetPassword(db, 'ann', 'new password'), true);
    assert.equal((await signIn(db, 'ann', 'new password')).ok, true);
    assert.equal(await resetPassword(db, 'nobody', 'x'), false);
  });

  it("refuses an inspector whose account has expired", async () => {
    const result = await signIn(db, 'ivy', 'right password');
    assert.equal(!result.ok && result.reason, 'expired');
  });

  it('insists on a team for social workers and an end date for inspectors', async () => {
    await assert.rejects(createUser(db, { username: 'sam', la: '806', role: 'social-worker', password: 'x' }));
    await assert.rejects(createUser(db, { username: 'ian', la: '806', role: 'inspector', password: 'x' }));
  });
});

describe('sessions', () => {
  let db: Database;
  before(async () => {
    db = await openDatabase();
    await migrate(db);
    await createUser(db, { username: 'bea', la: '806', role: 'social-worker', team: 'Team A', password: 'pw' });
  });
  after(() => db.close());

  it('resumes by token, and stores only its hash', async () => {
    const { token, csrfToken } = await startSession(db, 'bea');
    const session = await resumeSession(db, token);
    assert.equal(session?.actor.team, 'Team A');
    assert.equal(session?.csrfToken, csrfToken);
    const stored = await db.query<{ id_hash: string }>('select id_hash from sessions');
    assert.ok(stored.every((s) => s.id_hash !== token));
    assert.equal(await resumeSession(db, `${token}x`), null);
  });

  it('ends after 30 idle minutes and after 12 hours in all', async () => {
    const { token } = await startSession(db, 'bea');
    const start = Date.now();
    // Active every 20 minutes: alive until the lifetime runs out.
    let at = start;
    for (; at < start + 11 * 3_600_000; at += 20 * 60_000) assert.ok(await resumeSession(db, token, new Date(at)), `alive at +${(at - start) / 60_000} min`);
    assert.equal(await resumeSession(db, token, new Date(start + 12 * 3_600_000 + 60_000)), null);
    const idle = await startSession(db, 'bea');
    assert.equal(await resumeSession(db, idle.token, new Date(Date.now() + 31 * 60_000)), null);
    assert.equal(await resumeSession(db, idle.token), null, 'an ended session stays ended');
  });
});
