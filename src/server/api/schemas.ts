/**
 * JSON schemas shared by the routes: Fastify validates every request against them, serialises every
 * answer through them, and @fastify/swagger turns them into the OpenAPI document.
 */
import { IMPROVEMENT_PLAN_SCHEMAS } from './improvement-plan-schemas.ts';

export const problem = {
  $id: 'Problem',
  type: 'object',
  description: 'RFC 9457 problem details (application/problem+json)',
  properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' } },
  required: ['type', 'title', 'status'],
  additionalProperties: true,
} as const;

/** The problems any signed-in route may answer with, besides its own. */
export const problems = (...statuses: number[]) =>
  Object.fromEntries([401, 403, ...statuses].map((s) => [s, { $ref: 'Problem#', description: PROBLEM_WORDS[s] ?? 'Problem' }]));

const PROBLEM_WORDS: Record<number, string> = {
  400: 'The request is not valid',
  401: 'Not signed in',
  403: "Not allowed for this role, or the request lacked the session's CSRF token",
  404: 'Not found (or not visible to this user)',
  413: 'Upload too large',
  415: 'Not a kind of file Sightline takes',
  422: 'Not accepted: nothing was stored',
  423: 'Account locked',
  429: 'Too many attempts',
};

export const nullable = (type: string) => ({ type: [type, 'null'] });

export const user = {
  $id: 'User',
  type: 'object',
  properties: {
    username: { type: 'string' },
    la: { type: 'string' },
    role: { type: 'string', enum: ['administrator', 'performance-analyst', 'manager', 'social-worker', 'inspector', 'elected-member'] },
    team: nullable('string'),
    expiresAt: nullable('string'),
  },
  required: ['username', 'la', 'role', 'team', 'expiresAt'],
} as const;

export const session = {
  $id: 'Session',
  type: 'object',
  properties: {
    user: { $ref: 'User#' },
    permissions: { type: 'array', items: { type: 'string' } },
    csrfToken: { type: 'string', description: 'Send back in the x-csrf-token header on every POST, PUT, PATCH and DELETE' },
  },
  required: ['user', 'permissions', 'csrfToken'],
} as const;

export const returnView = {
  $id: 'Return',
  type: 'object',
  properties: {
    id: { type: 'integer' },
    dataset: { type: 'string', enum: ['cin', 'ssda903', 'annex-a'] },
    year: { type: 'string' },
    fileNames: { type: 'array', items: { type: 'string' } },
    importedBy: { type: 'string' },
    importedAt: { type: 'string', format: 'date-time' },
    supersededBy: nullable('integer'),
    children: { type: 'integer' },
    errors: { type: 'integer' },
    queries: { type: 'integer' },
  },
  required: ['id', 'dataset', 'year', 'fileNames', 'importedBy', 'importedAt', 'supersededBy', 'children', 'errors', 'queries'],
} as const;

export const importView = {
  $id: 'Import',
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['imported', 'unchanged', 'rejected'] },
    returnId: nullable('integer'),
    supersedes: nullable('integer'),
    dataset: nullable('string'),
    year: nullable('string'),
    la: nullable('string'),
    children: { type: 'integer' },
    errors: { type: 'integer' },
    queries: { type: 'integer' },
    problems: { type: 'integer', description: 'how many reading problems the return had' },
    message: { type: 'string' },
  },
  required: ['status', 'returnId', 'supersedes', 'dataset', 'year', 'la', 'children', 'errors', 'queries', 'problems', 'message'],
} as const;

export const ruleResult = {
  $id: 'RuleResult',
  type: 'object',
  properties: {
    code: { type: 'string' },
    severity: { type: 'string' },
    message: { type: 'string' },
    status: { type: 'string' },
    note: { type: 'string' },
    findings: { type: 'integer' },
    children: { type: 'integer' },
    howToFix: { type: 'string' },
  },
  required: ['code', 'severity', 'message', 'status', 'note', 'findings', 'children', 'howToFix'],
} as const;

export const childResult = {
  $id: 'ChildResult',
  type: 'object',
  properties: { childId: { type: 'string' }, errors: { type: 'integer' }, queries: { type: 'integer' }, rules: { type: 'array', items: { type: 'string' } } },
  required: ['childId', 'errors', 'queries', 'rules'],
} as const;

export const finding = {
  $id: 'Finding',
  type: 'object',
  properties: {
    rule: { type: 'string' },
    severity: { type: 'string' },
    childId: nullable('string'),
    table: { type: 'string' },
    field: { type: 'string' },
    value: nullable('string'),
    line: nullable('integer'),
  },
  required: ['rule', 'severity', 'childId', 'table', 'field', 'value', 'line'],
} as const;

const scalar = { type: ['string', 'number', 'boolean', 'null'] };
const source = {
  type: 'object',
  properties: { dataset: { type: 'string' }, year: { type: 'string' }, file: { type: 'string' }, table: { type: 'string' }, line: { type: 'integer' } },
  required: ['dataset', 'year'],
};
const details = { type: 'object', additionalProperties: scalar };
const conflict = {
  type: 'object',
  properties: { field: { type: 'string' }, values: { type: 'array', items: { type: 'object', properties: { value: scalar, sources: { type: 'array', items: source } }, required: ['value', 'sources'] } } },
  required: ['field', 'values'],
};

export const chronology = {
  $id: 'Chronology',
  type: 'object',
  description: "One child's chronology merged across every stored return; every fact keeps its sources",
  properties: {
    la: { type: 'string' },
    childId: { type: 'string' },
    identity: { type: 'object', properties: { values: details, sources: { type: 'array', items: source }, conflicts: { type: 'array', items: conflict } }, required: ['values', 'sources', 'conflicts'] },
    events: {
      type: 'array',
      items: {
        type: 'object',
        properties: { key: { type: 'string' }, kind: { type: 'string' }, date: { type: 'string' }, details, sources: { type: 'array', items: source }, conflicts: { type: 'array', items: conflict } },
        required: ['key', 'kind', 'date', 'details', 'sources', 'conflicts'],
      },
    },
    spans: {
      type: 'array',
      items: {
        type: 'object',
        properties: { kind: { type: 'string' }, start: { type: 'string' }, end: nullable('string'), details, sources: { type: 'array', items: source } },
        required: ['kind', 'start', 'end', 'details', 'sources'],
      },
    },
    corrections: {
      type: 'array',
      items: { type: 'object', properties: { what: { type: 'string' }, why: { type: 'string' }, sources: { type: 'array', items: source } }, required: ['what', 'why', 'sources'] },
    },
  },
  required: ['la', 'childId', 'identity', 'events', 'spans', 'corrections'],
} as const;

export const auditEntry = {
  $id: 'AuditEntry',
  type: 'object',
  properties: {
    id: { type: 'integer' },
    at: { type: 'string', format: 'date-time' },
    actor: { type: 'string' },
    action: { type: 'string' },
    subject: nullable('string'),
    reason: nullable('string'),
    detail: { type: ['object', 'null'], additionalProperties: true },
  },
  required: ['id', 'at', 'actor', 'action', 'subject', 'reason', 'detail'],
} as const;

const figure = {
  $id: 'Figure',
  type: 'object',
  description: "An indicator's figure for one period, with how many cases and children are behind it",
  properties: {
    label: { type: 'string' },
    start: { type: 'string', format: 'date' },
    end: { type: 'string', format: 'date' },
    value: { type: ['number', 'null'], description: 'null when it cannot be worked out' },
    numerator: { type: 'integer' },
    denominator: nullable('integer'),
    children: { type: 'integer' },
    caveats: { type: 'array', items: { type: 'string' } },
  },
  required: ['label', 'start', 'end', 'value', 'numerator', 'denominator', 'children', 'caveats'],
} as const;

const comparison = {
  $id: 'Comparison',
  type: 'object',
  description: "A comparator's figure with its source, or why it is not known",
  properties: { known: { type: 'boolean' }, value: nullable('number'), source: nullable('string'), year: nullable('integer'), why: nullable('string') },
  required: ['known', 'value', 'source', 'year', 'why'],
} as const;

const area = (code: string) => ({ type: 'object', properties: { [code]: { type: 'string' }, name: { type: 'string' }, comparison: { $ref: 'Comparison#' } }, required: [code, 'name', 'comparison'] });

export const indicator = {
  $id: 'Indicator',
  type: 'object',
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    unit: { type: 'string', enum: ['percent', 'rate-per-10000', 'count', 'days'] },
    polarity: { type: 'string', enum: ['higher-is-better', 'lower-is-better', 'context'] },
    definition: { type: 'string' },
    variant: { type: 'string' },
    source: { type: ['object', 'null'], properties: { title: { type: 'string' }, url: { type: 'string' } }, required: ['title', 'url'] },
    available: { type: 'boolean' },
    reason: nullable('string'),
    headline: { anyOf: [{ $ref: 'Figure#' }, { type: 'null' }] },
    months: { type: 'array', items: { $ref: 'Figure#' } },
    years: { type: 'array', items: { $ref: 'Figure#' } },
    splits: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          dimension: { type: 'string', enum: ['age', 'sex', 'ethnicity', 'disability', 'need'] },
          groups: {
            type: 'array',
            items: {
              type: 'object',
              properties: { group: { type: 'string' }, value: nullable('number'), numerator: { type: 'integer' }, denominator: nullable('integer'), children: { type: 'integer' } },
              required: ['group', 'value', 'numerator', 'denominator', 'children'],
            },
          },
        },
        required: ['dimension', 'groups'],
      },
    },
    benchmark: {
      type: ['object', 'null'],
      properties: {
        year: { type: 'integer' },
        england: { $ref: 'Comparison#' },
        region: { anyOf: [area('code'), { type: 'null' }] },
        neighbours: { type: 'array', items: area('la') },
        councils: { type: 'array', items: area('la') },
      },
      required: ['year', 'england', 'region', 'neighbours', 'councils'],
    },
  },
  required: ['id', 'title', 'unit', 'polarity', 'definition', 'variant', 'source', 'available', 'reason', 'headline', 'months', 'years', 'splits', 'benchmark'],
} as const;

const acknowledgement = {
  $id: 'Acknowledgement',
  type: 'object',
  properties: {
    by: { type: 'string' },
    at: { type: 'string', format: 'date-time' },
    reason: { type: 'string' },
    until: nullable('string'),
    returned: { type: ['string', 'null'], description: 'why the item is back on the list despite the acknowledgement' },
  },
  required: ['by', 'at', 'reason', 'until', 'returned'],
} as const;

export const worklistItem = {
  $id: 'WorklistItem',
  type: 'object',
  properties: {
    id: { type: 'string' },
    childId: { type: 'string' },
    rule: { type: 'string' },
    title: { type: 'string' },
    what: { type: 'string' },
    since: { type: 'string', format: 'date' },
    due: { type: 'string', format: 'date' },
    overdueWorkingDays: { type: 'integer' },
    severity: { type: 'string', enum: ['high', 'medium', 'low'] },
    state: { type: 'string', enum: ['open', 'late', 'concern'] },
    team: { type: 'string' },
    worker: { type: 'string' },
    acknowledgement: { anyOf: [{ $ref: 'Acknowledgement#' }, { type: 'null' }] },
  },
  required: ['id', 'childId', 'rule', 'title', 'what', 'since', 'due', 'overdueWorkingDays', 'severity', 'state', 'team', 'worker', 'acknowledgement'],
} as const;

export const SCHEMAS = [problem, user, session, returnView, importView, ruleResult, childResult, finding, chronology, auditEntry, figure, comparison, indicator, acknowledgement, worklistItem, ...IMPROVEMENT_PLAN_SCHEMAS];

/** An LA child id as the returns allow it: letters, digits and a few separators, at most 10 in the CIN census (more tolerated). */
export const childIdPattern = '^[A-Za-z0-9_./-]{1,40}$';

export const reasonSchema = { type: 'string', maxLength: 500, description: 'Why the user needs this, recorded in the audit log' } as const;
