import type { FastifyInstance } from 'fastify';
import { FINDING_KINDS, GRADES, ILACS_JUDGEMENTS, INSPECTION_KINDS, JUDGEMENT_TYPES } from '../../core/inspections/model.ts';
import type { InspectionInput } from '../../core/inspections/recorded.ts';
import { MAX_FINDING_TEXT, MAX_FINDINGS, MAX_FOCUS, MAX_URL } from '../../core/inspections/input-problems.ts';
import { accessOf } from './auth.ts';
import { nullable, problems } from './schemas.ts';

const date = { type: 'string', format: 'date' } as const;
const nullableDate = { type: ['string', 'null'], format: 'date' } as const;
const kind = { type: 'string', enum: INSPECTION_KINDS } as const;
const judgement = {
  type: 'object',
  properties: { type: { type: 'string', enum: JUDGEMENT_TYPES }, grade: { type: 'string', enum: GRADES } },
  required: ['type', 'grade'],
} as const;
const finding = {
  type: 'object',
  properties: { id: { type: 'integer' }, kind: { type: 'string', enum: FINDING_KINDS }, seq: { type: 'integer' }, text: { type: 'string' } },
  required: ['id', 'kind', 'seq', 'text'],
} as const;
const strings = { type: 'array', items: { type: 'string' } } as const;

const timelineEntry = {
  type: 'object',
  properties: {
    key: { type: 'string' },
    kind: { type: 'string', enum: [...INSPECTION_KINDS, 'inspection'] },
    framework: { type: ['string', 'null'], enum: ['SIF', 'ILACS', null] },
    start: date,
    end: nullableDate,
    published: nullableDate,
    at: { ...date, description: 'where it sits on a chart: published, or else ended or started' },
    judgements: { type: 'array', items: judgement },
    careLeaversCombined: { type: 'boolean', description: 'care leavers judged with children in care (ILACS before January 2023)' },
    verified: { type: 'boolean', description: "false: grades from the scrape tool's spreadsheet, not checked against the report" },
    fromOfsted: { type: 'boolean' },
    recordId: nullable('integer'),
    focus: nullable('string'),
    reportLink: nullable('string'),
    caveats: strings,
  },
  required: ['key', 'kind', 'framework', 'start', 'end', 'published', 'at', 'judgements', 'careLeaversCombined', 'verified', 'fromOfsted', 'recordId', 'focus', 'reportLink', 'caveats'],
} as const;

const distribution = {
  type: 'object',
  properties: {
    area: { type: 'string' },
    councils: { type: 'integer' },
    grades: { type: 'array', items: { type: 'object', properties: { grade: { type: 'string', enum: [...GRADES, 'not known'] }, councils: { type: 'integer' } }, required: ['grade', 'councils'] } },
  },
  required: ['area', 'councils', 'grades'],
} as const;

const recordedInspection = {
  id: { type: 'integer' },
  la: { type: 'string' },
  kind,
  start: date,
  end: date,
  published: nullableDate,
  focus: nullable('string'),
  reportUrl: nullable('string'),
  judgements: { type: 'array', items: judgement },
  findings: { type: 'array', items: finding },
  recordedBy: { type: 'string' },
  recordedAt: { type: 'string', format: 'date-time' },
  updatedBy: { type: 'string' },
  updatedAt: { type: 'string', format: 'date-time' },
  revision: { type: 'integer' },
} as const;

const inspectionView = {
  type: 'object',
  properties: {
    ...recordedInspection,
    history: {
      type: 'array',
      description: 'every version, oldest first: who changed the record, when, and what changed',
      items: {
        type: 'object',
        properties: { revision: { type: 'integer' }, changedBy: { type: 'string' }, changedAt: { type: 'string', format: 'date-time' }, changes: strings },
        required: ['revision', 'changedBy', 'changedAt', 'changes'],
      },
    },
  },
  required: [...Object.keys(recordedInspection), 'history'],
} as const;

const overview = {
  type: 'object',
  properties: {
    la: { type: 'string' },
    name: { type: 'string' },
    region: nullable('string'),
    historyAsAt: date,
    timeline: { type: 'array', items: timelineEntry },
    neighbours: {
      type: 'array',
      items: { type: 'object', properties: { la: { type: 'string' }, name: { type: 'string' }, latest: { anyOf: [timelineEntry, { type: 'null' }] } }, required: ['la', 'name', 'latest'] },
    },
    englandGrades: distribution,
    regionGrades: { anyOf: [distribution, { type: 'null' }] },
    next: {
      type: 'object',
      properties: {
        expected: { type: 'string', enum: ['short-inspection', 'standard-inspection', 're-inspection', 'not known'] },
        basis: nullable('string'),
        window: {
          type: ['object', 'null'],
          properties: { from: date, anniversary: date, to: date },
          required: ['from', 'anniversary', 'to'],
        },
        status: { type: ['string', 'null'], enum: ['before the window', 'in the window', 'window passed', null] },
        reasoning: strings,
      },
      required: ['expected', 'basis', 'window', 'status', 'reasoning'],
    },
    recorded: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'integer' }, kind, start: date, end: date, published: nullableDate, focus: nullable('string'),
          overall: { type: ['string', 'null'], enum: [...GRADES, null] }, findings: { type: 'integer' }, updatedBy: { type: 'string' }, updatedAt: { type: 'string', format: 'date-time' },
        },
        required: ['id', 'kind', 'start', 'end', 'published', 'focus', 'overall', 'findings', 'updatedBy', 'updatedAt'],
      },
    },
  },
  required: ['la', 'name', 'region', 'historyAsAt', 'timeline', 'neighbours', 'englandGrades', 'regionGrades', 'next', 'recorded'],
} as const;

/** What a person sends to record or correct an inspection or visit; the data-access layer checks the rest (dates in order, visits ungraded). */
const inspectionInput = {
  type: 'object',
  properties: {
    kind,
    start: date,
    end: date,
    published: { ...nullableDate, default: null },
    focus: { type: ['string', 'null'], maxLength: MAX_FOCUS, default: null, description: 'the theme of a focused visit or JTAI, or what an "other" visit was' },
    reportUrl: { type: ['string', 'null'], maxLength: MAX_URL, default: null, description: 'https address of the report or letter' },
    judgements: {
      type: 'array',
      maxItems: ILACS_JUDGEMENTS.length,
      default: [],
      description: 'standard and short inspections only: visits are not graded',
      items: { type: 'object', properties: { type: { type: 'string', enum: ILACS_JUDGEMENTS }, grade: { type: 'string', enum: GRADES } }, required: ['type', 'grade'], additionalProperties: false },
    },
    findings: {
      type: 'array',
      maxItems: MAX_FINDINGS,
      default: [],
      description: "in the report's order; give a finding's id to keep it (an improvement-plan action may refer to it)",
      items: {
        type: 'object',
        properties: { id: { type: 'integer', minimum: 1 }, kind: { type: 'string', enum: FINDING_KINDS }, text: { type: 'string', minLength: 1, maxLength: MAX_FINDING_TEXT } },
        required: ['kind', 'text'],
        additionalProperties: false,
      },
    },
  },
  required: ['kind', 'start', 'end'],
  additionalProperties: false,
} as const;

const idParams = { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] } as const;

export function inspectionRoutes(app: FastifyInstance): void {
  app.get('/inspections', {
    schema: {
      summary: "The council's inspection timeline (Ofsted's published history and its own records), its statistical neighbours' latest judgements, England's and the region's grades, and the next inspection window",
      tags: ['inspections'],
      response: { 200: overview, ...problems() },
    },
  }, (request) => accessOf(request).inspections.overview());

  app.get<{ Params: { id: number } }>('/inspections/findings/:id', {
    schema: {
      summary: "A finding of one of the council's inspections, with the inspection (what an improvement-plan action starts from)",
      tags: ['inspections'],
      params: idParams,
      response: {
        200: {
          type: 'object',
          properties: {
            ...finding.properties,
            inspection: {
              type: 'object',
              properties: { id: { type: 'integer' }, kind, start: date, end: date, published: nullableDate, focus: nullable('string') },
              required: ['id', 'kind', 'start', 'end', 'published', 'focus'],
            },
          },
          required: [...finding.required, 'inspection'],
        },
        ...problems(400, 404),
      },
    },
  }, (request) => accessOf(request).inspections.finding(request.params.id));

  app.get<{ Params: { id: number } }>('/inspections/:id', {
    schema: {
      summary: "One of the council's inspections or visits, with its judgements, findings and every change (who, when, what)",
      tags: ['inspections'],
      params: idParams,
      response: { 200: inspectionView, ...problems(400, 404) },
    },
  }, (request) => accessOf(request).inspections.inspection(request.params.id));

  app.post<{ Body: InspectionInput }>('/inspections', {
    schema: {
      summary: 'Record an inspection or visit with its judgements and findings (all or nothing; audited)',
      tags: ['inspections'],
      body: inspectionInput,
      response: { 201: inspectionView, ...problems(400, 422) },
    },
  }, async (request, reply) => reply.code(201).send(await accessOf(request).inspections.record(request.body)));

  app.put<{ Params: { id: number }; Body: InspectionInput }>('/inspections/:id', {
    schema: {
      summary: 'Correct a record: replaces it, keeping each finding given with its id; the earlier version is kept (audited)',
      tags: ['inspections'],
      params: idParams,
      body: inspectionInput,
      response: { 200: inspectionView, ...problems(400, 404, 422) },
    },
  }, (request) => accessOf(request).inspections.update(request.params.id, request.body));
}
