import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AccessControl } from '../../access/access-control.ts';
import type { Actor } from '../../access/accounts.ts';
import type { DataAccess } from '../../access/data-access.ts';
import { sendProblem } from '../problem.ts';

export interface Auth {
  readonly token: string;
  readonly actor: Actor;
  readonly csrfToken: string;
  readonly access: DataAccess;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (sign in, the OpenAPI document). */
    public?: boolean;
  }
}

export const CSRF_HEADER = 'x-csrf-token';

/** Behind TLS the cookie takes the __Host- prefix: Secure, host-only, path /. */
export function cookieName(secure: boolean): string {
  return secure ? '__Host-sightline-session' : 'sightline-session';
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(cookieName(secure), token, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(cookieName(secure), { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Every API route needs a live session unless it is marked public, and every request that can change
 * something must carry the session's CSRF token in a header, which another site's page cannot set.
 */
export function requireSession(app: FastifyInstance, control: AccessControl, secure: boolean): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const token = request.cookies[cookieName(secure)];
    const resumed = token ? await control.resume(token) : null;
    request.auth = resumed && token ? { token, ...resumed } : null;
    if (request.routeOptions.config.public) return;
    if (!request.auth) {
      if (token) clearSessionCookie(reply, secure);
      return sendProblem(reply, 401, 'Sign in', 'You are not signed in, or your session has ended. Sign in again.');
    }
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, request.auth.csrfToken)) {
        return sendProblem(reply, 403, 'Refused', 'This request did not carry the page\'s security token. Reload the page and try again.');
      }
    }
  });
}

/** The signed-in request's DataAccess (onRequest guarantees one on every non-public route). */
export function accessOf(request: FastifyRequest): DataAccess {
  if (!request.auth) throw new Error('a non-public route ran without a session');
  return request.auth.access;
}
