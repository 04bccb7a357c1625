import type { FastifyInstance } from 'fastify';
import type { ActionChangeInput, NewAction, NewRisk, RiskChangeInput } from '../../access/improvement-plan-access.ts';
import type { ActionStatus } from '../../core/improvement-plan/plan.ts';
import { LIMITS } from '../../core/improvement-plan/validation.ts';
import { accessOf } from './auth.ts';
import { problems } from './schemas.ts';

/** Text a person must fill in: not empty, not only spaces. */
const filled = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength, pattern: '\\S' }) as const;
const date = { type: 'string', format: 'date' } as const;
const status = { type: 'string', enum: ['not-started', 'in-progress', 'complete'] } as const;
const score = { type: 'integer', minimum: 1, maximum: 5 } as const;
const id = { type: 'integer', minimum: 1 } as const;
const indicatorIds = { type: 'array', items: { type: 'string', pattern: '^[a-z0-9-]{1,60}$' }, maxItems: 30, uniqueItems: true } as const;
const actionParams = { type: 'object', properties: { id }, required: ['id'] } as const;
const action = { $ref: 'ImprovementAction#' } as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['improvement plan'];

/**
 * The improvement plan: the board, an action in full, and every change (each kept in the action's
 * history with who made it, and audited). Anyone signed in may read; changes need
 * 'manage-improvement-plan'. Input is checked by schema (400) and then by the plan's own rules (422),
 * both naming the field.
 */
export function improvementPlanRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { status?: ActionStatus; owner?: string } }>('/improvement-plan', {
    schema: {
      summary: 'The improvement plan board: every action with its RAG, red and overdue first',
      tags,
      querystring: { type: 'object', properties: { status, owner: filled(LIMITS.owner) }, additionalProperties: false },
      response: {
        200: {
          type: 'object',
          properties: { la: { type: 'string' }, today: date, total: { type: 'integer' }, owners: { type: 'array', items: { type: 'string' } }, actions: { type: 'array', items: { $ref: 'ImprovementBoardAction#' } } },
          required: ['la', 'today', 'total', 'owners', 'actions'],
        },
        ...problems(400),
      },
    },
  }, (request) => accessOf(request).improvementPlan.board(request.query));

  app.get('/improvement-plan/indicators', {
    schema: {
      summary: 'The indicators an action can be linked to',
      tags,
      response: {
        200: { type: 'object', properties: { indicators: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' } }, required: ['id', 'title'] } } }, required: ['indicators'] },
        ...problems(),
      },
    },
  }, (request) => ({ indicators: accessOf(request).improvementPlan.indicatorChoices() }));

  app.get<{ Params: { findingId: number } }>('/improvement-plan/findings/:findingId', {
    schema: {
      summary: "An inspection finding of the council, to turn into an action, with the actions that already answer it",
      tags,
      params: { type: 'object', properties: { findingId: id }, required: ['findingId'] },
      response: {
        200: {
          type: 'object',
          properties: {
            id: { type: 'integer' }, inspectionId: { type: 'integer' }, kind: { type: 'string' }, seq: { type: 'integer' }, text: { type: 'string' },
            actions: { type: 'array', items: { type: 'object', properties: { id: { type: 'integer' }, title: { type: 'string' } }, required: ['id', 'title'] } },
          },
          required: ['id', 'inspectionId', 'kind', 'seq', 'text', 'actions'],
        },
        ...problems(400, 404),
      },
    },
  }, (request) => accessOf(request).improvementPlan.finding(request.params.findingId));

  app.get<{ Querystring: { on?: string } }>('/improvement-plan/report', {
    schema: {
      summary: 'The weekly report: the 7 days to `on` (default today)',
      tags,
      querystring: { type: 'object', properties: { on: date }, additionalProperties: false },
      response: { 200: { $ref: 'ImprovementWeeklyReport#' }, ...problems(400, 422) },
    },
  }, (request) => accessOf(request).improvementPlan.weeklyReport(request.query.on));

  app.get<{ Querystring: { on?: string } }>('/improvement-plan/report.xlsx', {
    schema: {
      summary: 'The weekly report as an xlsx workbook: Summary, Actions, Changes, Overdue milestones, Top risks',
      tags,
      querystring: { type: 'object', properties: { on: date }, additionalProperties: false },
      produces: [XLSX],
      response: { 200: { description: 'The workbook', type: 'string', format: 'binary' }, ...problems(400, 422) },
    },
  }, async (request, reply) => {
    const { fileName, workbook } = await accessOf(request).improvementPlan.weeklyReportWorkbook(request.query.on);
    return reply.type(XLSX).header('content-disposition', `attachment; filename="${fileName}"`).send(Buffer.from(workbook));
  });

  app.post<{ Body: NewAction }>('/improvement-plan/actions', {
    schema: {
      summary: 'Add an action, from an inspection finding (its text becomes the description), a case-audit theme, or neither',
      tags,
      body: {
        type: 'object',
        properties: {
          title: filled(LIMITS.title), description: { type: 'string', maxLength: LIMITS.description }, owner: filled(LIMITS.owner), status,
          startDate: { ...date, description: 'default today' }, targetDate: date, indicatorIds,
          findingId: { ...id, description: 'the inspection finding or recommendation it answers' }, theme: { ...filled(LIMITS.theme), description: 'the case-audit theme it answers' },
        },
        required: ['title', 'owner', 'targetDate'],
        additionalProperties: false,
      },
      response: { 201: action, ...problems(400, 422) },
    },
  }, async (request, reply) => reply.code(201).send(await accessOf(request).improvementPlan.createAction(request.body)));

  app.get<{ Params: { id: number } }>('/improvement-plan/actions/:id', {
    schema: { summary: 'An action with its milestones, updates, risks, history and linked indicators', tags, params: actionParams, response: { 200: action, ...problems(400, 404) } },
  }, (request) => accessOf(request).improvementPlan.action(request.params.id));

  app.patch<{ Params: { id: number }; Body: ActionChangeInput }>('/improvement-plan/actions/:id', {
    schema: {
      summary: "Change an action's title, description, owner, status, dates or linked indicators (kept in its history)",
      tags,
      params: actionParams,
      body: {
        type: 'object',
        properties: { title: filled(LIMITS.title), description: { type: 'string', maxLength: LIMITS.description }, owner: filled(LIMITS.owner), status, startDate: date, targetDate: date, indicatorIds },
        additionalProperties: false,
        minProperties: 1,
      },
      response: { 200: action, ...problems(400, 404, 422) },
    },
  }, (request) => accessOf(request).improvementPlan.updateAction(request.params.id, request.body));

  app.post<{ Params: { id: number }; Body: { title: string; due: string } }>('/improvement-plan/actions/:id/milestones', {
    schema: {
      summary: 'Add a milestone, due between the action’s start and target dates',
      tags,
      params: actionParams,
      body: { type: 'object', properties: { title: filled(LIMITS.title), due: date }, required: ['title', 'due'], additionalProperties: false },
      response: { 201: action, ...problems(400, 404, 422) },
    },
  }, async (request, reply) => reply.code(201).send(await accessOf(request).improvementPlan.addMilestone(request.params.id, request.body)));

  app.post<{ Params: { id: number; milestoneId: number }; Body: { doneOn?: string } }>('/improvement-plan/actions/:id/milestones/:milestoneId/done', {
    schema: {
      summary: 'Mark a milestone done (on `doneOn`, default today)',
      tags,
      params: { type: 'object', properties: { id, milestoneId: id }, required: ['id', 'milestoneId'] },
      body: { type: 'object', properties: { doneOn: date }, additionalProperties: false },
      response: { 200: action, ...problems(400, 404, 422) },
    },
  }, (request) => accessOf(request).improvementPlan.completeMilestone(request.params.id, request.params.milestoneId, request.body?.doneOn));

  app.post<{ Params: { id: number }; Body: { summary: string; progress: number } }>('/improvement-plan/actions/:id/updates', {
    schema: {
      summary: 'Post a weekly update: what changed, and progress in per cent',
      tags,
      params: actionParams,
      body: { type: 'object', properties: { summary: filled(LIMITS.summary), progress: { type: 'integer', minimum: 0, maximum: 100 } }, required: ['summary', 'progress'], additionalProperties: false },
      response: { 201: action, ...problems(400, 404, 422) },
    },
  }, async (request, reply) => reply.code(201).send(await accessOf(request).improvementPlan.postUpdate(request.params.id, request.body)));

  app.post<{ Params: { id: number }; Body: NewRisk }>('/improvement-plan/actions/:id/risks', {
    schema: {
      summary: 'Add a risk: likelihood and impact 1–5, mitigation, owner',
      tags,
      params: actionParams,
      body: {
        type: 'object',
        properties: { description: filled(LIMITS.risk), likelihood: score, impact: score, mitigation: { type: 'string', maxLength: LIMITS.mitigation }, owner: filled(LIMITS.owner) },
        required: ['description', 'likelihood', 'impact', 'owner'],
        additionalProperties: false,
      },
      response: { 201: action, ...problems(400, 404, 422) },
    },
  }, async (request, reply) => reply.code(201).send(await accessOf(request).improvementPlan.addRisk(request.params.id, request.body)));

  app.patch<{ Params: { id: number; riskId: number }; Body: RiskChangeInput }>('/improvement-plan/actions/:id/risks/:riskId', {
    schema: {
      summary: 'Change a risk: rescore it, change its mitigation or owner, close or reopen it (kept in the history)',
      tags,
      params: { type: 'object', properties: { id, riskId: id }, required: ['id', 'riskId'] },
      body: {
        type: 'object',
        properties: {
          description: filled(LIMITS.risk), likelihood: score, impact: score, mitigation: { type: 'string', maxLength: LIMITS.mitigation }, owner: filled(LIMITS.owner),
          status: { type: 'string', enum: ['open', 'closed'] },
        },
        additionalProperties: false,
        minProperties: 1,
      },
      response: { 200: action, ...problems(400, 404, 422) },
    },
  }, (request) => accessOf(request).improvementPlan.updateRisk(request.params.id, request.params.riskId, request.body));
}
