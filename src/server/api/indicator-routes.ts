import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import type { IndicatorsView } from '../../access/views.ts';
import { accessOf } from './auth.ts';
import { nullable, problems } from './schemas.ts';

/**
 * The indicators are the same answer for everyone in a council until its returns change, and the
 * dashboard asks for them often: each answer is turned into JSON, and gzipped, once, not on every request.
 */
const serialised = new WeakMap<IndicatorsView, { json: string; gzip: Buffer }>();

function encoded(view: IndicatorsView): { json: string; gzip: Buffer } {
  let body = serialised.get(view);
  if (body === undefined) {
    const json = JSON.stringify(view);
    serialised.set(view, (body = { json, gzip: gzipSync(json) }));
  }
  return body;
}

const indicatorId = { type: 'string', pattern: '^[a-z0-9-]{1,80}$' } as const;

export function indicatorRoutes(app: FastifyInstance): void {
  app.get('/indicators', {
    schema: {
      summary: 'Every indicator at the latest 31 March of the returns: headline, months, years, splits and benchmarks (numbers only)',
      tags: ['indicators'],
      response: {
        200: {
          type: 'object',
          properties: {
            la: { type: 'string' },
            at: { type: 'string', format: 'date' },
            children: { type: 'integer' },
            population: {
              type: ['object', 'null'],
              description: "the council's 0–17 population that rates per 10,000 divide by, as it entered it; null until it does",
              properties: { count: { type: 'integer' }, source: { type: 'string' }, year: nullable('integer'), basis: { type: 'string' } },
              required: ['count', 'source', 'year', 'basis'],
            },
            indicators: { type: 'array', items: { $ref: 'Indicator#' } },
          },
          required: ['la', 'at', 'children', 'population', 'indicators'],
        },
        ...problems(404),
      },
    },
  }, async (request, reply) => {
    const body = encoded(await accessOf(request).indicators());
    reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding').serializer((b) => b as string);
    return /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') ? reply.header('content-encoding', 'gzip').send(body.gzip) : reply.send(body.json);
  });

  app.get<{ Params: { id: string }; Querystring: { period: string } }>('/indicators/:id/children', {
    schema: {
      summary: "The children behind an indicator's number for a period (audited; social workers: their team's; not for elected members)",
      tags: ['indicators'],
      params: { type: 'object', properties: { id: indicatorId }, required: ['id'] },
      querystring: {
        type: 'object',
        properties: { period: { type: 'string', minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9 /-]+$', default: 'headline', description: "'headline' (the 12 months), or a year's or month's label" } },
        additionalProperties: false,
      },
      response: {
        200: {
          type: 'object',
          properties: {
            indicatorId: { type: 'string' },
            title: { type: 'string' },
            period: { type: 'object', properties: { label: { type: 'string' }, start: { type: 'string' }, end: { type: 'string' } }, required: ['label', 'start', 'end'] },
            total: { type: 'integer' },
            children: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  childId: { type: 'string' },
                  cases: {
                    type: 'array',
                    items: { type: 'object', properties: { key: { type: 'string' }, date: { type: 'string' }, counted: { type: 'boolean' }, value: nullable('number') }, required: ['key', 'date', 'counted', 'value'] },
                  },
                },
                required: ['childId', 'cases'],
              },
            },
          },
          required: ['indicatorId', 'title', 'period', 'total', 'children'],
        },
        ...problems(400, 404),
      },
    },
  }, (request) => accessOf(request).indicatorChildren(request.params.id, request.query.period));
}

