import type { FastifyInstance } from 'fastify';
import type { AnnexAPeriod } from '../../core/formats/annex-a/produce-annex-a.ts';
import { accessOf } from './auth.ts';
import { nullable, problems, reasonSchema } from './schemas.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const date = { type: 'string', format: 'date' } as const;
const months = { type: 'integer', enum: [6, 12], default: 6, description: 'months the lists look back over (Ofsted: 6; 12 for the adoption lists)' } as const;
const productionParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;

const production = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    at: date,
    months: { type: 'integer' },
    stage: { type: 'string', enum: ['reading', 'writing', 'ready', 'downloaded', 'expired', 'failed'] },
    activity: { type: 'string' },
    percent: { type: 'integer', minimum: 0, maximum: 100 },
    childrenDone: { type: 'integer' },
    childrenTotal: { type: 'integer' },
    lists: {
      type: 'array',
      items: { type: 'object', properties: { list: { type: 'integer' }, sheet: { type: 'string' }, subject: { type: 'string' }, rows: { type: 'integer' } }, required: ['list', 'sheet', 'subject', 'rows'] },
    },
    unfilled: { type: 'integer' },
    startedAt: { type: 'string', format: 'date-time' },
    finishedAt: nullable('string'),
    availableUntil: nullable('string'),
    fileName: { type: 'string' },
  },
  required: ['id', 'at', 'months', 'stage', 'activity', 'percent', 'childrenDone', 'childrenTotal', 'lists', 'unfilled', 'startedAt', 'finishedAt', 'availableUntil', 'fileName'],
} as const;

const value = { type: ['string', 'number', 'null'] } as const;

export function annexARoutes(app: FastifyInstance): void {
  app.get('/annex-a', {
    schema: {
      summary: "The council's stored Annex A returns and the latest 31 March its CIN census and SSDA903 reach",
      tags: ['annex a'],
      response: {
        200: {
          type: 'object',
          properties: {
            returnsReach: nullable('string'),
            stored: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  returnId: { type: 'integer' }, at: date, year: { type: 'string' }, fileName: { type: 'string' }, importedBy: { type: 'string' },
                  importedAt: { type: 'string', format: 'date-time' }, children: { type: 'integer' }, supersededBy: nullable('integer'),
                },
                required: ['returnId', 'at', 'year', 'fileName', 'importedBy', 'importedAt', 'children', 'supersededBy'],
              },
            },
          },
          required: ['returnsReach', 'stored'],
        },
        ...problems(),
      },
    },
  }, (request) => accessOf(request).annexA.overview());

  app.post<{ Body: { at: string; months: AnnexAPeriod; reason: string } }>('/annex-a/productions', {
    schema: {
      summary: "Start producing Ofsted's Annex A from the store as of a date (audited with the reason); follow its progress at the address in Location",
      tags: ['annex a'],
      body: {
        type: 'object',
        properties: { at: { ...date, description: 'the inspection (snapshot) date' }, months, reason: { ...reasonSchema, minLength: 1, pattern: '\\S' } },
        required: ['at', 'reason'],
        additionalProperties: false,
      },
      response: { 202: production, ...problems(400, 404, 422) },
    },
  }, async (request, reply) => {
    const started = await accessOf(request).annexA.produce({ at: request.body.at, months: request.body.months, reason: request.body.reason });
    return reply.code(202).header('location', `/api/annex-a/productions/${started.id}`).send(started);
  });

  app.get<{ Params: { id: string } }>('/annex-a/productions/:id', {
    schema: {
      summary: 'A production of Annex A you started: its stage and how far it has got',
      tags: ['annex a'],
      params: productionParams,
      response: { 200: production, ...problems(400, 404) },
    },
  }, (request) => accessOf(request).annexA.production(request.params.id));

  app.get<{ Params: { id: string } }>('/annex-a/productions/:id/workbook', {
    schema: {
      summary: 'The finished Annex A workbook, downloadable once (audited); the server keeps no copy after',
      tags: ['annex a'],
      params: productionParams,
      produces: [XLSX],
      response: { 200: { description: 'The workbook: a Cover sheet, then Lists 1 to 11 in Ofsted\'s headings', type: 'string', format: 'binary' }, ...problems(400, 404, 422) },
    },
  }, async (request, reply) => {
    const { fileName, workbook } = await accessOf(request).annexA.download(request.params.id);
    return reply.type(XLSX).header('content-disposition', `attachment; filename="${fileName}"`).send(Buffer.from(workbook));
  });

  app.get<{ Querystring: { at: string; months: AnnexAPeriod } }>('/annex-a/reconciliation', {
    schema: {
      summary: "Where the council's own Annex A stored for a date and its CIN census / SSDA903 disagree (names children: audited)",
      tags: ['annex a'],
      querystring: { type: 'object', properties: { at: date, months }, required: ['at'], additionalProperties: false },
      response: {
        200: {
          type: 'object',
          properties: {
            at: date,
            months: { type: 'integer' },
            disagreements: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  kind: { type: 'string', enum: ['only-in-annex-a', 'only-in-returns', 'count-differs', 'rows-differ'] },
                  list: { type: 'integer' }, childId: nullable('string'), field: nullable('string'), annexA: value, returns: value, message: { type: 'string' },
                },
                required: ['kind', 'list', 'childId', 'field', 'annexA', 'returns', 'message'],
              },
            },
          },
          required: ['at', 'months', 'disagreements'],
        },
        ...problems(400, 404),
      },
    },
  }, (request) => accessOf(request).annexA.reconcile(request.query.at, request.query.months));
}
