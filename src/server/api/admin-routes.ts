// The administrators' routes: the audit log and the accounts.
import type { FastifyInstance } from 'fastify';
import { accessOf } from './auth.ts';
import { problems } from './schemas.ts';

export function adminRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { actor?: string; subject?: string; from?: string; to?: string; before?: number; limit: number } }>('/audit', {
    schema: {
      summary: 'The audit log, newest first (administrators). Read-only: no route changes it.',
      tags: ['audit'],
      querystring: {
        type: 'object',
        properties: {
          actor: { type: 'string', maxLength: 64 },
          subject: { type: 'string', maxLength: 64 },
          from: { type: 'string', format: 'date' },
          to: { type: 'string', format: 'date' },
          before: { type: 'integer', minimum: 1, description: 'entries older than this id (the next page)' },
          limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
        },
        additionalProperties: false,
      },
      response: {
        200: { type: 'object', properties: { entries: { type: 'array', items: { $ref: 'AuditEntry#' } }, next: { type: ['integer', 'null'] } }, required: ['entries', 'next'] },
        ...problems(400),
      },
    },
  }, (request) => accessOf(request).auditLog(request.query));

  app.get('/users', {
    schema: {
      summary: 'The accounts (administrators)',
      tags: ['users'],
      response: { 200: { type: 'object', properties: { users: { type: 'array', items: { $ref: 'User#' } } }, required: ['users'] }, ...problems() },
    },
  }, async (request) => ({ users: await accessOf(request).users() }));
}
