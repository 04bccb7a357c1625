import type { FastifyInstance } from 'fastify';
import { AUDIT_STATUSES, TEXT_LIMITS, type AuditStatus, type AuditWork, type ModerationWork } from '../../core/case-audits/audit.ts';
import type { Interval } from '../../core/case-audits/dashboard.ts';
import { GRADES } from '../../core/inspections/grade.ts';
import { MAX_SAMPLE, SAMPLE_METHODS } from '../../core/case-audits/sampling.ts';
import { TEMPLATE_LIMITS } from '../../core/case-audits/template.ts';
import { THEME_MAX_LENGTH } from '../../core/case-audits/themes.ts';
import type { DrawSampleInput } from '../../access/case-audits-access.ts';
import { accessOf } from './auth.ts';
import { nullable, problems } from './schemas.ts';

/**
 * Case audits: the dashboard (aggregates, for anyone who may see audit results), samples drawn from the
 * data, each child's audit (read like the child's record) and the auditor's and moderator's work.
 */
const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const grade = { type: 'string', enum: GRADES } as const;
const gradeOrNull = { type: ['string', 'null'], enum: [...GRADES, null] } as const;
const status = { type: 'string', enum: AUDIT_STATUSES } as const;
const username = { type: 'string', minLength: 1, maxLength: 64 } as const;
const percent = { ...nullable('number'), description: 'percentage; null when nothing is counted' };

const template = {
  type: 'object',
  properties: {
    id: { type: 'string', description: "'default' for the template shipped with Sightline" },
    name: str,
    domains: { type: 'array', items: { type: 'object', properties: { id: str, title: str, prompt: str }, required: ['id', 'title', 'prompt'] } },
  },
  required: ['id', 'name', 'domains'],
} as const;

const caseAudit = {
  type: 'object',
  properties: {
    id: int, sampleId: int, childId: str, template, auditor: str, moderator: nullable('string'), status,
    grades: { type: 'array', items: { type: 'object', properties: { domain: str, grade: gradeOrNull, text: str }, required: ['domain', 'grade', 'text'] } },
    overall: gradeOrNull, summary: str, themes: { type: 'array', items: str }, submittedAt: nullable('string'),
    moderation: {
      type: ['object', 'null'],
      properties: {
        by: str, at: str, overall: grade, note: str,
        grades: { type: 'array', items: { type: 'object', properties: { domain: str, grade }, required: ['domain', 'grade'] } },
      },
      required: ['by', 'at', 'grades', 'overall', 'note'],
    },
    updatedBy: str, updatedAt: str,
  },
  required: ['id', 'sampleId', 'childId', 'template', 'auditor', 'moderator', 'status', 'grades', 'overall', 'summary', 'themes', 'submittedAt', 'moderation', 'updatedBy', 'updatedAt'],
} as const;

const listItem = {
  type: 'object',
  properties: { id: int, sampleId: int, childId: str, auditor: str, moderator: nullable('string'), status, overall: gradeOrNull, submittedAt: nullable('string'), updatedAt: str },
  required: ['id', 'sampleId', 'childId', 'auditor', 'moderator', 'status', 'overall', 'submittedAt', 'updatedAt'],
} as const;

const source = {
  type: 'object',
  description: 'What the sample was drawn from',
  properties: { at: { type: 'string', format: 'date' }, candidates: int, rule: str, indicator: str, period: str },
  required: ['at', 'candidates'],
} as const;

const sampleProperties = { id: int, template, method: { type: 'string', enum: SAMPLE_METHODS }, source, seed: int, requested: int, drawnBy: str, drawnAt: str } as const;
const sampleRequired = ['id', 'template', 'method', 'source', 'seed', 'requested', 'drawnBy', 'drawnAt'] as const;
const byStatus = { type: 'object', properties: Object.fromEntries(AUDIT_STATUSES.map((s) => [s, int])), required: AUDIT_STATUSES } as const;
const gradeCounts = { type: 'object', properties: Object.fromEntries(GRADES.map((g) => [g, int])), required: GRADES } as const;
const agreement = {
  type: 'object',
  properties: { moderated: int, agreed: int, rate: percent, domainsCompared: int, domainsAgreed: int, domainRate: percent },
  required: ['moderated', 'agreed', 'rate', 'domainsCompared', 'domainsAgreed', 'domainRate'],
} as const;

const dashboard = {
  type: 'object',
  properties: {
    interval: { type: 'string', enum: ['month', 'quarter'] },
    periods: {
      type: 'array',
      items: {
        type: 'object',
        properties: { key: str, label: str, start: str, end: str, audits: int, grades: gradeCounts, goodOrBetter: percent, moderation: agreement },
        required: ['key', 'label', 'start', 'end', 'audits', 'grades', 'goodOrBetter', 'moderation'],
      },
    },
    overall: { type: 'object', properties: { audits: int, grades: gradeCounts, goodOrBetter: percent }, required: ['audits', 'grades', 'goodOrBetter'] },
    domains: { type: 'array', items: { type: 'object', properties: { title: str, grades: gradeCounts, goodOrBetter: percent }, required: ['title', 'grades', 'goodOrBetter'] } },
    themes: { type: 'array', items: { type: 'object', properties: { theme: str, total: int, byPeriod: { type: 'array', items: int } }, required: ['theme', 'total', 'byPeriod'] } },
    moderation: agreement,
    status: byStatus,
  },
  required: ['interval', 'periods', 'overall', 'domains', 'themes', 'moderation', 'status'],
} as const;

/** A request's grades, one per domain: the domain's id and `fields` (all required). */
const gradesBody = (fields: Record<string, object>) => ({
  type: 'array',
  maxItems: TEMPLATE_LIMITS.domains,
  items: { type: 'object', properties: { domain: { type: 'string', minLength: 1, maxLength: 40 }, ...fields }, required: ['domain', ...Object.keys(fields)], additionalProperties: false },
});

const auditId = { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'], additionalProperties: false } as const;

export function caseAuditRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { interval: Interval } }>('/case-audits/dashboard', {
    schema: {
      summary: 'Case-audit grades, themes and moderation agreement over time: aggregates, no child',
      tags: ['case audits'],
      querystring: { type: 'object', properties: { interval: { type: 'string', enum: ['month', 'quarter'], default: 'quarter' } }, additionalProperties: false },
      response: { 200: dashboard, ...problems(400) },
    },
  }, (request) => accessOf(request).caseAudits.dashboard(request.query.interval));

  app.get('/case-audits/templates', {
    schema: { summary: 'Audit templates: the one shipped with Sightline, then the council\'s own', tags: ['case audits'], response: { 200: { type: 'array', items: template }, ...problems() } },
  }, (request) => accessOf(request).caseAudits.templates());

  app.post<{ Body: { name: string; domains: { title: string; prompt?: string }[] } }>('/case-audits/templates', {
    schema: {
      summary: "Add a council's own audit template (audited); its domains' ids come from their titles",
      tags: ['case audits'],
      body: {
        type: 'object',
        properties: {
          name: { type: 'string', minLength: 1, maxLength: TEMPLATE_LIMITS.name },
          domains: {
            type: 'array', minItems: 1, maxItems: TEMPLATE_LIMITS.domains,
            items: { type: 'object', properties: { title: { type: 'string', minLength: 1, maxLength: TEMPLATE_LIMITS.title }, prompt: { type: 'string', maxLength: TEMPLATE_LIMITS.prompt } }, required: ['title'], additionalProperties: false },
          },
        },
        required: ['name', 'domains'],
        additionalProperties: false,
      },
      response: { 201: template, ...problems(400, 422) },
    },
  }, async (request, reply) => reply.code(201).send(await accessOf(request).caseAudits.createTemplate(request.body)));

  app.get('/case-audits/samples', {
    schema: {
      summary: 'Samples drawn, newest first, with how far their audits have got: no child',
      tags: ['case audits'],
      response: { 200: { type: 'array', items: { type: 'object', properties: { ...sampleProperties, audits: byStatus }, required: [...sampleRequired, 'audits'] } }, ...problems() },
    },
  }, (request) => accessOf(request).caseAudits.samples());

  app.post<{ Body: DrawSampleInput }>('/case-audits/samples', {
    schema: {
      summary: "Draw a sample of children for audit (random among open cases, from the drift worklist, or from an indicator's children) and plan an audit of each (audited)",
      tags: ['case audits'],
      body: {
        type: 'object',
        properties: {
          templateId: { type: 'string', minLength: 1, maxLength: 20 },
          method: { type: 'string', enum: SAMPLE_METHODS },
          size: { type: 'integer', minimum: 1, maximum: MAX_SAMPLE },
          auditor: username,
          moderator: { ...username, description: 'who is to moderate; anyone other than the auditor may, when not given' },
          seed: { type: 'integer', minimum: 0, maximum: 2 ** 31 - 2, description: 'for a repeatable draw; random when not given' },
          rule: { type: 'string', minLength: 1, maxLength: 80, description: 'worklist: only this drift rule' },
          indicator: { type: 'string', minLength: 1, maxLength: 80, description: 'indicator: whose children' },
          period: { type: 'string', minLength: 1, maxLength: 80, description: "indicator: 'headline' (default) or a year's or month's label" },
        },
        required: ['templateId', 'method', 'size', 'auditor'],
        additionalProperties: false,
      },
      response: {
        201: { type: 'object', properties: { sample: { type: 'object', properties: sampleProperties, required: sampleRequired }, audits: { type: 'array', items: listItem } }, required: ['sample', 'audits'] },
        ...problems(400, 404, 422),
      },
    },
  }, async (request, reply) => reply.code(201).send(await accessOf(request).caseAudits.drawSample(request.body)));

  app.get<{ Querystring: { sample?: number; status?: AuditStatus } }>('/case-audits/audits', {
    schema: {
      summary: "Case audits, of a sample or at a stage (a social worker: their team's children's); audited",
      tags: ['case audits'],
      querystring: { type: 'object', properties: { sample: { type: 'integer', minimum: 1 }, status }, additionalProperties: false },
      response: { 200: { type: 'array', items: listItem }, ...problems(400) },
    },
  }, (request) => accessOf(request).caseAudits.audits({ sampleId: request.query.sample, status: request.query.status }));

  app.get<{ Params: { id: number } }>('/case-audits/audits/:id', {
    schema: {
      summary: "A child's case audit with every change made to it (audited)",
      tags: ['case audits'],
      params: auditId,
      response: {
        200: {
          type: 'object',
          properties: {
            ...caseAudit.properties,
            history: { type: 'array', items: { type: 'object', properties: { change: str, by: str, at: str, state: caseAudit }, required: ['change', 'by', 'at', 'state'] } },
            sample: { type: 'object', properties: { method: sampleProperties.method, source, drawnBy: str, drawnAt: str }, required: ['method', 'source', 'drawnBy', 'drawnAt'] },
          },
          required: [...caseAudit.required, 'history', 'sample'],
        },
        ...problems(400, 404),
      },
    },
  }, (request) => accessOf(request).caseAudits.audit(request.params.id));

  app.put<{ Params: { id: number }; Body: AuditWork & { submit: boolean } }>('/case-audits/audits/:id', {
    schema: {
      summary: "The auditor saves their grades, evidence, overall grade, summary and themes, or submits them (every domain graded with evidence); audited",
      tags: ['case audits'],
      params: auditId,
      body: {
        type: 'object',
        properties: {
          grades: gradesBody({ grade: gradeOrNull, text: { type: 'string', maxLength: TEXT_LIMITS.evidence } }),
          overall: gradeOrNull,
          summary: { type: 'string', maxLength: TEXT_LIMITS.summary },
          themes: { type: 'array', maxItems: 40, items: { type: 'string', maxLength: THEME_MAX_LENGTH } },
          submit: { type: 'boolean' },
        },
        required: ['grades', 'overall', 'summary', 'themes', 'submit'],
        additionalProperties: false,
      },
      response: { 200: caseAudit, ...problems(400, 404, 422) },
    },
  }, (request) => {
    const { submit, ...work } = request.body;
    return accessOf(request).caseAudits.saveWork(request.params.id, work, submit);
  });

  app.post<{ Params: { id: number }; Body: ModerationWork }>('/case-audits/audits/:id/moderation', {
    schema: {
      summary: "Moderate a submitted audit: someone other than the auditor grades every domain afresh (audited)",
      tags: ['case audits'],
      params: auditId,
      body: {
        type: 'object',
        properties: {
          grades: gradesBody({ grade }),
          overall: grade,
          note: { type: 'string', maxLength: TEXT_LIMITS.note },
        },
        required: ['grades', 'overall', 'note'],
        additionalProperties: false,
      },
      response: { 200: caseAudit, ...problems(400, 404, 422) },
    },
  }, (request) => accessOf(request).caseAudits.moderate(request.params.id, request.body));
}
