import type { FastifyInstance } from 'fastify';
import { accessOf } from './auth.ts';
import { childIdPattern, problems, reasonSchema } from './schemas.ts';

const returnParams = { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] } as const;
const severity = { type: 'string', enum: ['error', 'query'] } as const;

export function dataQualityRoutes(app: FastifyInstance): void {
  app.get<{ Params: { id: number }; Querystring: { severity?: 'error' | 'query'; withFindings?: boolean } }>('/returns/:id/rules', {
    schema: {
      summary: "A return's DfE validation results by rule, worst first",
      tags: ['data quality'],
      params: returnParams,
      querystring: { type: 'object', properties: { severity, withFindings: { type: 'boolean', description: 'only rules that found something (or failed)' } }, additionalProperties: false },
      response: { 200: { type: 'object', properties: { returnId: { type: 'integer' }, rules: { type: 'array', items: { $ref: 'RuleResult#' } } }, required: ['returnId', 'rules'] }, ...problems(400, 404) },
    },
  }, async (request) => ({ returnId: request.params.id, rules: await accessOf(request).ruleResults(request.params.id, request.query) }));

  const page = { offset: { type: 'integer', minimum: 0, default: 0 }, limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 } } as const;

  app.get<{ Params: { id: number }; Querystring: { offset: number; limit: number } }>('/returns/:id/children', {
    schema: {
      summary: "A return's children with the most to correct first (child level: not for elected members)",
      tags: ['data quality'],
      params: returnParams,
      querystring: { type: 'object', properties: page, additionalProperties: false },
      response: {
        200: { type: 'object', properties: { next: { type: 'boolean', description: 'there is another page' }, children: { type: 'array', items: { $ref: 'ChildResult#' } } }, required: ['next', 'children'] },
        ...problems(400, 404),
      },
    },
  }, (request) => accessOf(request).childResults(request.params.id, request.query));

  app.get<{ Params: { id: number }; Querystring: { rule?: string; child?: string; severity?: 'error' | 'query'; offset: number; limit: number } }>('/returns/:id/findings', {
    schema: {
      summary: "A return's findings cell by cell, filtered by rule, child or type (child level)",
      tags: ['data quality'],
      params: returnParams,
      querystring: { type: 'object', properties: { rule: { type: 'string', maxLength: 20 }, child: { type: 'string', pattern: childIdPattern }, severity, ...page }, additionalProperties: false },
      response: { 200: { type: 'object', properties: { findings: { type: 'array', items: { $ref: 'Finding#' } } }, required: ['findings'] }, ...problems(400, 404) },
    },
  }, async (request) => ({ findings: await accessOf(request).findings(request.params.id, request.query) }));

  app.get<{ Params: { id: number }; Querystring: { reason?: string } }>('/returns/:id/findings.xlsx', {
    schema: {
      summary: "Export a return's validation report as an xlsx workbook (audited)",
      tags: ['data quality'],
      params: returnParams,
      querystring: { type: 'object', properties: { reason: reasonSchema }, additionalProperties: false },
      produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      response: { 200: { description: 'The workbook: a Summary sheet by rule, a Detail sheet by finding', type: 'string', format: 'binary' }, ...problems(400, 404) },
    },
  }, async (request, reply) => {
    const { fileName, workbook } = await accessOf(request).exportFindings(request.params.id, request.query.reason ?? null);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('cache-control', 'no-store')
      .send(Buffer.from(workbook));
  });
}
