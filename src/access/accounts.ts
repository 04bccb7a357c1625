import type { Database, Queryable } from '../store/database.ts';
import { writeAudit } from './audit.ts';
import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from './passwords.ts';
import { isRole, type Role } from './permissions.ts';

/** The person behind a request, as the data-access layer needs them. */
export interface Actor {
  readonly username: string;
  readonly la: string;
  readonly role: Role;
  /** Social workers' team; null for every other role. */
  readonly team: string | null;
  /** Inspectors' accounts end; ISO timestamp. */
  readonly expiresAt: string | null;
}

export interface NewUser {
  username: string;
  la: string;
  role: Role;
  team?: string | null;
  expiresAt?: string | null;
  password: string;
}

/** After this many failed sign-ins in a row an account is locked for LOCKOUT.minutes. */
export const LOCKOUT = { failures: 5, minutes: 15 } as const;

interface UserRow {
  username: string;
  la: string;
  role: string;
  team: string | null;
  expires_at: Date | string | null;
  password_hash: string;
  failed_sign_ins: number;
  locked_until: Date | string | null;
}

export function actorFrom(row: Pick<UserRow, 'username' | 'la' | 'role' | 'team' | 'expires_at'>): Actor {
  if (!isRole(row.role)) throw new Error(`user ${row.username} has an unknown role ${row.role}`);
  return { username: row.username, la: row.la, role: row.role, team: row.role === 'social-worker' ? row.team : null, expiresAt: row.expires_at ? new Date(row.expires_at).toISOString() : null };
}

export async function createUser(q: Queryable, user: NewUser): Promise<Actor> {
  const hash = await hashPassword(user.password);
  const rows = await q.query<UserRow>(
    'insert into users (username, la, role, team, expires_at, password_hash) values ($1, $2, $3, $4, $5, $6) returning *',
    [user.username, user.la, user.role, user.role === 'social-worker' ? (user.team ?? null) : null, user.expiresAt ?? null, hash],
  );
  return actorFrom(rows[0]!);
}

/** Sets a new password, unlocks the account and ends its sessions. False if there is no such user. */
export async function resetPassword(db: Database, username: string, password: string): Promise<boolean> {
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const rows = await tx.query('update users set password_hash = $2, failed_sign_ins = 0, locked_until = null where username = $1 returning username', [username, hash]);
    await tx.query('delete from sessions where username = $1', [username]);
    return rows.length > 0;
  });
}

export async function listUsers(q: Queryable): Promise<Actor[]> {
  return (await q.query<UserRow>('select * from users order by username')).map(actorFrom);
}

export async function findUser(q: Queryable, username: string): Promise<Actor | null> {
  const row = (await q.query<UserRow>('select * from users where username = $1', [username]))[0];
  return row ? actorFrom(row) : null;
}

export type SignIn =
  | { readonly ok: true; readonly actor: Actor }
  | { readonly ok: false; readonly reason: 'invalid' | 'locked' | 'expired'; readonly lockedUntil?: string };

/**
 * Checks a password. An unknown username costs the same scrypt as a known one; failures count towards
 * a lockout, and a locked or expired account is refused even with the right password. Every attempt is
 * audited.
 */
export async function signIn(db: Database, username: string, password: string, now = new Date()): Promise<SignIn> {
  const row = (await db.query<UserRow>('select * from users where username = $1', [username]))[0];
  const matches = await verifyPassword(password, row?.password_hash ?? UNKNOWN_USER_HASH);
  const result = decide(row, matches, now);
  await db.transaction(async (tx) => {
    if (row && result.ok) await tx.query('update users set failed_sign_ins = 0, locked_until = null where username = $1', [username]);
    if (row && !result.ok && result.reason === 'invalid') {
      await tx.query(
        `update users set failed_sign_ins = failed_sign_ins + 1,
           locked_until = case when failed_sign_ins + 1 >= $2 then $3::timestamptz else locked_until end
         where username = $1`,
        [username, LOCKOUT.failures, new Date(now.getTime() + LOCKOUT.minutes * 60_000).toISOString()],
      );
    }
    await writeAudit(tx, { actor: username, action: result.ok ? 'sign-in' : 'sign-in-refused', detail: result.ok ? null : { reason: result.reason } });
  });
  return result;
}

function decide(row: UserRow | undefined, matches: boolean, now: Date): SignIn {
  if (!row) return { ok: false, reason: 'invalid' };
  if (row.locked_until && new Date(row.locked_until) > now) return { ok: false, reason: 'locked', lockedUntil: new Date(row.locked_until).toISOString() };
  if (!matches) return { ok: false, reason: 'invalid' };
  if (row.expires_at && new Date(row.expires_at) <= now) return { ok: false, reason: 'expired' };
  return { ok: true, actor: actorFrom(row) };
}
