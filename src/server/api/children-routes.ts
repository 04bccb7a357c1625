import type { FastifyInstance } from 'fastify';
import { accessOf } from './auth.ts';
import { childIdPattern, problems, reasonSchema } from './schemas.ts';

export function childrenRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { prefix: string; limit: number } }>('/children', {
    schema: {
      summary: 'Find children by the start of their LA child id (social workers: their team only)',
      tags: ['children'],
      querystring: {
        type: 'object',
        properties: { prefix: { type: 'string', minLength: 1, maxLength: 40, pattern: childIdPattern }, limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
        required: ['prefix'],
        additionalProperties: false,
      },
      response: {
        200: { type: 'object', properties: { children: { type: 'array', items: { type: 'object', properties: { childId: { type: 'string' } }, required: ['childId'] } } }, required: ['children'] },
        ...problems(400),
      },
    },
  }, async (request) => ({ children: (await accessOf(request).searchChildren(request.query.prefix, request.query.limit)).map((childId) => ({ childId })) }));

  app.get<{ Params: { childId: string }; Querystring: { reason?: string } }>('/children/:childId/chronology', {
    schema: {
      summary: "A child's chronology across every stored return (audited; 404 for a child this user may not see)",
      tags: ['children'],
      params: { type: 'object', properties: { childId: { type: 'string', pattern: childIdPattern } }, required: ['childId'] },
      querystring: { type: 'object', properties: { reason: reasonSchema }, additionalProperties: false },
      response: { 200: { $ref: 'Chronology#' }, ...problems(400, 404) },
    },
  }, (request) => accessOf(request).chronology(request.params.childId, request.query.reason ?? null));
}
