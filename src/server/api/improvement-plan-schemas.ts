/**
 * The improvement plan's shared response schemas (added to the API's SCHEMAS): an action on the
 * board, an action in full, and the weekly report. Nothing in them is about a child.
 */
const text = { type: 'string' } as const;
const date = { type: 'string', format: 'date' } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const int = { type: 'integer' } as const;
const orNull = (type: string) => ({ type: [type, 'null'] });
const rag = { type: 'string', enum: ['red', 'amber', 'green', 'complete'] } as const;
const riskRag = { type: 'string', enum: ['red', 'amber', 'green', 'closed'] } as const;
const object = (properties: Record<string, unknown>, nullable = false) => ({ type: nullable ? ['object', 'null'] : 'object', properties, required: Object.keys(properties) });

const boardProperties = {
  id: int,
  title: text,
  owner: text,
  status: { type: 'string', enum: ['not-started', 'in-progress', 'complete'] },
  startDate: date,
  targetDate: date,
  rag,
  reasons: { type: 'array', items: text, description: 'why it is red or amber, in words' },
  source: object({ kind: { type: 'string', enum: ['finding', 'theme', 'other'] }, findingId: orNull('integer'), inspectionId: orNull('integer'), findingKind: orNull('string'), text: orNull('string') }),
  nextMilestone: object({ id: int, title: text, due: date }, true),
  overdueMilestones: int,
  lastUpdate: object({ by: text, at: dateTime, summary: text, progress: int }, true),
  topRisk: object({ score: int, rag: riskRag }, true),
};

export const boardAction = { $id: 'ImprovementBoardAction', ...object(boardProperties) } as const;

const risk = object({ id: int, description: text, likelihood: int, impact: int, mitigation: text, owner: text, status: { type: 'string', enum: ['open', 'closed'] }, score: int, rag: riskRag });

export const improvementAction = {
  $id: 'ImprovementAction',
  description: 'An action of the improvement plan with its milestones, weekly updates (newest first), risks (highest first), history (newest first) and linked indicators\' trends (figures only)',
  ...object({
    ...boardProperties,
    description: text,
    completedOn: orNull('string'),
    indicatorIds: { type: 'array', items: text },
    createdBy: text,
    createdAt: dateTime,
    milestones: { type: 'array', items: object({ id: int, title: text, due: date, doneOn: orNull('string'), addedOn: date, overdue: { type: 'boolean' } }) },
    updates: { type: 'array', items: object({ id: int, by: text, at: dateTime, summary: text, progress: int }) },
    risks: { type: 'array', items: risk },
    history: {
      type: 'array',
      items: object({
        entity: { type: 'string', enum: ['action', 'milestone', 'update', 'risk'] },
        entityId: int,
        change: { type: 'string', enum: ['created', 'changed', 'completed', 'posted'] },
        before: { type: ['object', 'null'], additionalProperties: true, description: 'the fields changed, as they were' },
        after: { type: 'object', additionalProperties: true, description: 'the fields as they became' },
        by: text,
        at: dateTime,
        what: text,
      }),
    },
    indicators: {
      type: 'array',
      items: object({
        id: text, title: text, unit: text, polarity: text, available: { type: 'boolean' }, reason: orNull('string'),
        months: { type: 'array', items: { $ref: 'Figure#' } },
        years: { type: 'array', items: { $ref: 'Figure#' } },
      }),
    },
  }),
} as const;

const counts = object({ red: int, amber: int, green: int, complete: int });

export const weeklyReport = {
  $id: 'ImprovementWeeklyReport',
  description: 'The 7 days to `on`: RAG now and a week ago, what moved, what changed, overdue milestones, top risks',
  ...object({
    la: text,
    on: date,
    since: date,
    counts,
    countsBefore: counts,
    actions: {
      type: 'array',
      items: object({
        id: int, title: text, owner: text, status: text, rag, ragBefore: { type: ['string', 'null'], enum: ['red', 'amber', 'green', 'complete', null] }, reasons: { type: 'array', items: text },
        targetDate: date, progress: orNull('integer'), lastUpdate: object({ by: text, at: dateTime, summary: text }, true), nextMilestone: object({ title: text, due: date }, true),
      }),
    },
    ragMoves: { type: 'array', items: object({ actionId: int, title: text, from: { type: ['string', 'null'], enum: ['red', 'amber', 'green', 'complete', null] }, to: rag }) },
    changes: { type: 'array', items: object({ actionId: int, title: text, by: text, at: dateTime, what: text }) },
    overdueMilestones: { type: 'array', items: object({ actionId: int, title: text, owner: text, milestone: text, due: date, daysOverdue: int }) },
    topRisks: { type: 'array', items: object({ actionId: int, title: text, description: text, likelihood: int, impact: int, score: int, rag: riskRag, mitigation: text, owner: text }) },
  }),
} as const;

export const IMPROVEMENT_PLAN_SCHEMAS = [boardAction, improvementAction, weeklyReport];
