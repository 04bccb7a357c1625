import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AccessControl } from '../../access/access-control.ts';
import type { Actor } from '../../access/accounts.ts';
import { ACTIONS, scopeOf } from '../../access/permissions.ts';
import type { SessionView } from '../../access/views.ts';
import { sendProblem } from '../problem.ts';
import { AttemptWindow } from './attempt-window.ts';
import { clearSessionCookie, setSessionCookie } from './auth.ts';
import { problems } from './schemas.ts';

/** Sign-in attempts allowed per minute from one address, and against one username from anywhere. */
export const SIGN_IN_LIMITS = { perIp: 20, perUsername: 10 } as const;

function sessionView(actor: Actor, csrfToken: string): SessionView {
  return { user: actor, permissions: ACTIONS.filter((a) => scopeOf(actor.role, a) !== null), csrfToken };
}

export function sessionRoutes(app: FastifyInstance, control: AccessControl, secure: boolean): void {
  const perUsername = new AttemptWindow(SIGN_IN_LIMITS.perUsername);
  app.post<{ Body: { username: string; password: string } }>(
    '/session',
    {
      config: { public: true },
      onRequest: app.rateLimit({ max: SIGN_IN_LIMITS.perIp, timeWindow: 60_000, keyGenerator: (r) => `ip:${r.ip}` }),
      schema: {
        summary: 'Sign in',
        description: 'Checks the password (scrypt), then sets an httpOnly, SameSite=Strict session cookie and returns the CSRF token.',
        tags: ['session'],
        body: {
          type: 'object',
          properties: { username: { type: 'string', minLength: 1, maxLength: 64 }, password: { type: 'string', minLength: 1, maxLength: 200 } },
          required: ['username', 'password'],
          additionalProperties: false,
        },
        response: { 200: { $ref: 'Session#' }, ...problems(400, 423, 429) },
      },
    },
    async (request, reply) => {
      const username = request.body.username.trim().toLowerCase();
      if (!perUsername.allow(username)) return sendProblem(reply, 429, 'Too many attempts', 'Too many sign-in attempts for this username: wait a minute and try again.');
      const result = await control.signIn(username, request.body.password);
      if (result.ok && result.session) {
        setSessionCookie(reply, result.session.token, secure);
        return sessionView(result.actor, result.session.csrfToken);
      }
      if (!result.ok && result.reason === 'locked') {
        return sendProblem(reply, 423, 'Account locked', `Too many failed sign-ins: this account is locked until ${new Date(result.lockedUntil!).toUTCString()}. An administrator can unlock it.`);
      }
      if (!result.ok && result.reason === 'expired') return sendProblem(reply, 403, 'Account expired', 'This account has expired. Ask an administrator if you still need access.');
      return sendProblem(reply, 401, 'Sign-in failed', 'The username or password is not right.');
    },
  );

  app.get('/session', { schema: { summary: 'Who is signed in', tags: ['session'], response: { 200: { $ref: 'Session#' }, ...problems() } } }, async (request) => {
    const auth = request.auth!;
    return sessionView(auth.actor, auth.csrfToken);
  });

  app.delete('/session', { schema: { summary: 'Sign out', tags: ['session'], response: { 204: { type: 'null' }, ...problems() } } }, async (request, reply: FastifyReply) => {
    await control.signOut(request.auth!.token);
    clearSessionCookie(reply, secure);
    return reply.code(204).send();
  });
}
