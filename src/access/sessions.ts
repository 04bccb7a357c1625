import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../store/database.ts';
import { actorFrom, type Actor } from './accounts.ts';

/**
 * Sessions: a random 256-bit token in an httpOnly cookie, stored only as its SHA-256; each with its
 * own CSRF token (synchronizer pattern). A session ends after IDLE of inactivity or LIFETIME in all.
 */
export const SESSION = { idleMinutes: 30, lifetimeHours: 12 } as const;

/** last_seen_at is written at most this often: a busy page need not write on every request. */
const TOUCH_EVERY_MS = 60_000;

export interface Session {
  readonly actor: Actor;
  readonly csrfToken: string;
}

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

export async function startSession(q: Queryable, username: string): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await q.query('insert into sessions (id_hash, username, csrf_token) values ($1, $2, $3)', [digest(token), username, csrfToken]);
  return { token, csrfToken };
}

/** The live session a token names, or null (unknown, idle too long, too old, or its account expired). */
export async function resumeSession(q: Queryable, token: string, now = new Date()): Promise<Session | null> {
  const row = (
    await q.query<{ csrf_token: string; created_at: Date | string; last_seen_at: Date | string; username: string; la: string; role: string; team: string | null; expires_at: Date | string | null }>(
      `select s.csrf_token, s.created_at, s.last_seen_at, u.username, u.la, u.role, u.team, u.expires_at
         from sessions s join users u using (username) where s.id_hash = $1`,
      [digest(token)],
    )
  )[0];
  if (!row) return null;
  const lastSeen = new Date(row.last_seen_at).getTime();
  const expired =
    now.getTime() - lastSeen > SESSION.idleMinutes * 60_000 ||
    now.getTime() - new Date(row.created_at).getTime() > SESSION.lifetimeHours * 3_600_000 ||
    (row.expires_at !== null && new Date(row.expires_at) <= now);
  if (expired) {
    await endSession(q, token);
    return null;
  }
  if (now.getTime() - lastSeen > TOUCH_EVERY_MS) await q.query('update sessions set last_seen_at = $2 where id_hash = $1', [digest(token), now.toISOString()]);
  return { actor: actorFrom(row), csrfToken: row.csrf_token };
}

export async function endSession(q: Queryable, token: string): Promise<void> {
  await q.query('delete from sessions where id_hash = $1', [digest(token)]);
}
