import type { FastifyInstance } from 'fastify';
import { accessOf } from './auth.ts';
import { problems, reasonSchema } from './schemas.ts';

const name = { type: 'string', minLength: 1, maxLength: 80 } as const;

export function worklistRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { team?: string; worker?: string; limit: number } }>('/worklist', {
    schema: {
      summary: "Drift worklist of a team or a worker, most severe first (social workers: their team's)",
      tags: ['worklist'],
      querystring: { type: 'object', properties: { team: name, worker: name, limit: { type: 'integer', minimum: 1, maximum: 2000, default: 200 } }, additionalProperties: false },
      response: {
        200: {
          type: 'object',
          properties: {
            la: { type: 'string' },
            at: { type: 'string', format: 'date' },
            total: { type: 'integer' },
            teams: { type: 'array', items: { type: 'string' } },
            workers: { type: 'array', items: { type: 'string' } },
            items: { type: 'array', items: { $ref: 'WorklistItem#' } },
            acknowledged: { type: 'array', items: { $ref: 'WorklistItem#' } },
            notRun: { type: 'array', items: { type: 'object', properties: { rule: { type: 'string' }, reason: { type: 'string' } }, required: ['rule', 'reason'] } },
          },
          required: ['la', 'at', 'total', 'teams', 'workers', 'items', 'acknowledged', 'notRun'],
        },
        ...problems(400, 404),
      },
    },
  }, (request) => accessOf(request).worklist(request.query));

  app.post<{ Params: { itemId: string }; Body: { reason: string; until?: string } }>('/worklist/:itemId/acknowledgement', {
    schema: {
      summary: 'Acknowledge a worklist item with a reason (audited); it comes back if the situation persists: past the review date, more severe, or 10 more working days overdue',
      tags: ['worklist'],
      params: { type: 'object', properties: { itemId: { type: 'string', minLength: 3, maxLength: 200 } }, required: ['itemId'] },
      body: {
        type: 'object',
        properties: { reason: { ...reasonSchema, minLength: 1, pattern: '\\S' }, until: { type: 'string', format: 'date', description: 'review date: the item comes back after it' } },
        required: ['reason'],
        additionalProperties: false,
      },
      response: { 201: { $ref: 'Acknowledgement#' }, ...problems(400, 404, 422) },
    },
  }, async (request, reply) => {
    const ack = await accessOf(request).acknowledge(request.params.itemId, { reason: request.body.reason.trim(), until: request.body.until ?? null });
    return reply.code(201).send(ack);
  });
}
