import type { Database } from '../store/database.ts';
import { signIn, type Actor, type SignIn } from './accounts.ts';
import { forActor, type DataAccess } from './data-access.ts';
import { endSession, resumeSession, startSession, type Session } from './sessions.ts';

/**
 * What the server holds instead of the database: signing in and out, and turning a session token into
 * the actor's DataAccess. The server never sees `db` itself, so it cannot read around the access rules.
 */
export interface AccessControl {
  signIn(username: string, password: string): Promise<SignIn & { session?: { token: string; csrfToken: string } }>;
  /** The session a cookie's token names, with the only object through which its requests reach data. */
  resume(token: string): Promise<{ actor: Actor; csrfToken: string; access: DataAccess } | null>;
  signOut(token: string): Promise<void>;
}

/**
 * A live session is remembered for this long, so that a busy page does not look its session up on every
 * request. Sign-out here forgets it at once; an end made elsewhere (a password reset from the command
 * line, expiry) takes effect within this time.
 */
export const SESSION_MEMORY_MS = 5_000;
const SESSION_MEMORY_SIZE = 10_000;

export function accessControl(db: Database): AccessControl {
  const remembered = new Map<string, { session: Session; access: DataAccess; until: number }>();
  return {
    async signIn(username, password) {
      const result = await signIn(db, username, password);
      return result.ok ? { ...result, session: await startSession(db, result.actor.username) } : result;
    },
    async resume(token) {
      const now = Date.now();
      const known = remembered.get(token);
      if (known && known.until > now) return { ...known.session, access: known.access };
      remembered.delete(token);
      const session = await resumeSession(db, token);
      if (!session) return null;
      const access = forActor(db, session.actor);
      if (remembered.size >= SESSION_MEMORY_SIZE) remembered.clear();
      remembered.set(token, { session, access, until: now + SESSION_MEMORY_MS });
      return { ...session, access };
    },
    async signOut(token) {
      remembered.delete(token);
      await endSession(db, token);
    },
  };
}
