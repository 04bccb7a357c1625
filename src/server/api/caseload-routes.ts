import type { FastifyInstance } from 'fastify';
import { CASELOAD_LIMIT_RANGE } from '../../core/caseloads/caseloads.ts';
import { CASE_KINDS } from '../../core/caseloads/open-case.ts';
import { accessOf } from './auth.ts';
import { nullable, problems } from './schemas.ts';

/** Caseloads per social worker (by the 903's SW_ID or the allocated worker's id) and team, the distribution, unallocated children and trend; the council's limit. */
const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const date = { type: 'string', format: 'date' } as const;

const figures = {
  openCases: int, workers: int, averageCaseload: nullable('number'), highestCaseload: nullable('integer'), overLimit: int, unallocated: int,
} as const;
const figureNames = Object.keys(figures);

const limit = {
  type: 'object',
  properties: { value: int, isDefault: { type: 'boolean', description: "true until the council sets its own (Sightline's default applies)" }, updatedBy: nullable('string'), updatedAt: nullable('string') },
  required: ['value', 'isDefault', 'updatedBy', 'updatedAt'],
} as const;

const caseloadsView = {
  type: 'object',
  properties: {
    la: str,
    at: { ...date, description: 'the latest date the returns reach' },
    team: { ...nullable('string'), description: "the team the figures are narrowed to (a social worker's own)" },
    limit,
    caseloads: {
      type: 'object',
      properties: {
        on: date,
        limit: int,
        summary: {
          type: 'object',
          properties: {
            ...figures,
            byKind: {
              type: 'object',
              properties: Object.fromEntries(CASE_KINDS.map((k) => [k, { type: 'object', properties: { open: int, unallocated: int }, required: ['open', 'unallocated'] }])),
              required: CASE_KINDS,
            },
          },
          required: [...figureNames, 'byKind'],
        },
        workers: {
          type: 'array',
          items: { type: 'object', properties: { worker: { type: 'string', description: "the SSDA903's SW_ID for a looked-after child's worker, else the case management system's allocated worker's id (never a name)" }, team: nullable('string'), children: int, overLimit: { type: 'boolean' } }, required: ['worker', 'team', 'children', 'overLimit'] },
        },
        teams: {
          type: 'array',
          items: {
            type: 'object',
            properties: { team: str, openCases: int, unallocated: int, workers: int, averageCaseload: nullable('number'), highestCaseload: nullable('integer'), overLimit: int },
            required: ['team', 'openCases', 'unallocated', 'workers', 'averageCaseload', 'highestCaseload', 'overLimit'],
          },
        },
        distribution: { type: 'array', items: { type: 'object', properties: { caseload: int, workers: int }, required: ['caseload', 'workers'] } },
        unallocated: {
          type: ['array', 'null'],
          description: "children with an open case and no worker (none in the SSDA903 while looked after, none allocated); null for those who may not find children (the counts are in summary)",
          items: { type: 'object', properties: { childId: str, team: nullable('string'), kind: { type: 'string', enum: CASE_KINDS } }, required: ['childId', 'team', 'kind'] },
        },
      },
      required: ['on', 'limit', 'summary', 'workers', 'teams', 'distribution', 'unallocated'],
    },
    trend: {
      type: 'array',
      items: { type: 'object', properties: { label: str, on: date, ...figures }, required: ['label', 'on', ...figureNames] },
    },
  },
  required: ['la', 'at', 'team', 'limit', 'caseloads', 'trend'],
} as const;

export function caseloadRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { on?: string } }>('/caseloads', {
    schema: {
      summary: "Caseloads on a date (default: the latest the returns reach) with 12 months' trend; a social worker's team only; children's ids only for those who may find children (audited)",
      tags: ['caseloads'],
      querystring: { type: 'object', properties: { on: date }, additionalProperties: false },
      response: { 200: caseloadsView, ...problems(400, 404, 422) },
    },
  }, (request) => accessOf(request).caseloads.caseloads({ on: request.query.on }));

  app.put<{ Body: { limit: number } }>('/caseloads/limit', {
    schema: {
      summary: "Change the council's caseload limit (a council setting; audited)",
      tags: ['caseloads'],
      body: {
        type: 'object',
        properties: { limit: { type: 'integer', minimum: CASELOAD_LIMIT_RANGE.min, maximum: CASELOAD_LIMIT_RANGE.max, description: 'children per social worker' } },
        required: ['limit'],
        additionalProperties: false,
      },
      response: { 200: limit, ...problems(400, 422) },
    },
  }, (request) => accessOf(request).caseloads.setLimit(request.body.limit));
}
