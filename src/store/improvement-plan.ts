import type { IsoDate } from '../core/model/dates.ts';
import type { ActionStatus, HistoryEntry, ImprovementAction, Milestone, Risk, RiskStatus, WeeklyUpdate } from '../core/improvement-plan/plan.ts';
import type { FindingKind } from '../core/inspections/model.ts';
import type { Queryable } from './database.ts';

/**
 * The improvement plan as stored. Every function that changes the plan also writes what it changed
 * to improvement_history (before and after, who, when) through the same Queryable, so a caller that
 * runs it in a transaction keeps the change and its history together or neither.
 */

export type ActionInput = Pick<ImprovementAction, 'title' | 'description' | 'owner' | 'source' | 'status' | 'startDate' | 'targetDate' | 'indicatorIds'>;

/** The fields of an action that can be changed after it is added (its source cannot). */
export type ActionChange = Partial<Omit<ActionInput, 'source'>>;

export type RiskInput = Omit<Risk, 'id'>;

/** An inspection's finding or recommendation (the inspections' table), as an action's source. */
export interface InspectionFinding {
  readonly id: number;
  readonly inspectionId: number;
  readonly kind: FindingKind;
  readonly seq: number;
  readonly text: string;
}

const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const iso = (t: Date | string) => new Date(t).toISOString();

/** Adds an action; its id. */
export async function addAction(q: Queryable, la: string, input: ActionInput, by: string, today: IsoDate): Promise<number> {
  const [row] = await q.query<{ id: number }>(
    `insert into improvement_actions (la, title, description, owner, finding_id, theme, status, start_date, target_date, completed_on, indicator_ids, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning id::int as id`,
    [la, input.title, input.description, input.owner, input.source.kind === 'finding' ? input.source.findingId : null, input.source.kind === 'theme' ? input.source.theme : null,
      input.status, input.startDate, input.targetDate, input.status === 'complete' ? today : null, [...input.indicatorIds], by],
  );
  const id = row!.id;
  await recordHistory(q, la, { actionId: id, entity: 'action', entityId: id, change: 'created', before: null, after: { ...input, indicatorIds: [...input.indicatorIds] }, by });
  return id;
}

/**
 * Changes an action's fields: only those that differ are written and kept in the history. Marking it
 * complete records `today` as the day it was completed; reopening it clears that. False when nothing differed.
 */
export async function changeAction(q: Queryable, la: string, current: ImprovementAction, change: ActionChange, by: string, today: IsoDate): Promise<boolean> {
  const { before, after } = differences(current, change);
  if (Object.keys(after).length === 0) return false;
  const next = { ...current, ...change };
  const completedOn = next.status !== 'complete' ? null : current.status === 'complete' ? current.completedOn : today;
  await q.query(
    `update improvement_actions set title = $3, description = $4, owner = $5, status = $6, start_date = $7, target_date = $8, completed_on = $9, indicator_ids = $10
     where la = $1 and id = $2`,
    [la, current.id, next.title, next.description, next.owner, next.status, next.startDate, next.targetDate, completedOn, [...next.indicatorIds]],
  );
  await recordHistory(q, la, { actionId: current.id, entity: 'action', entityId: current.id, change: 'changed', before, after, by });
  return true;
}

export async function addMilestone(q: Queryable, la: string, actionId: number, input: { title: string; due: IsoDate }, by: string, today: IsoDate): Promise<Milestone> {
  const [row] = await q.query<{ id: number }>('insert into improvement_milestones (action_id, title, due, added_on) values ($1, $2, $3, $4) returning id::int as id', [actionId, input.title, input.due, today]);
  const milestone: Milestone = { id: row!.id, title: input.title, due: input.due, doneOn: null, addedOn: today };
  await recordHistory(q, la, { actionId, entity: 'milestone', entityId: milestone.id, change: 'created', before: null, after: { title: input.title, due: input.due }, by });
  return milestone;
}

export async function completeMilestone(q: Queryable, la: string, actionId: number, milestone: Milestone, doneOn: IsoDate, by: string): Promise<void> {
  await q.query('update improvement_milestones set done_on = $3 where action_id = $1 and id = $2', [actionId, milestone.id, doneOn]);
  await recordHistory(q, la, { actionId, entity: 'milestone', entityId: milestone.id, change: 'completed', before: { doneOn: milestone.doneOn }, after: { title: milestone.title, doneOn }, by });
}

export async function postUpdate(q: Queryable, la: string, actionId: number, input: { summary: string; progress: number }, by: string): Promise<WeeklyUpdate> {
  const [row] = await q.query<{ id: number; posted_at: Date | string }>(
    'insert into improvement_updates (action_id, posted_by, summary, progress) values ($1, $2, $3, $4) returning id::int as id, posted_at',
    [actionId, by, input.summary, input.progress],
  );
  const update: WeeklyUpdate = { id: row!.id, by, at: iso(row!.posted_at), summary: input.summary, progress: input.progress };
  await recordHistory(q, la, { actionId, entity: 'update', entityId: update.id, change: 'posted', before: null, after: { summary: input.summary, progress: input.progress }, by });
  return update;
}

export async function addRisk(q: Queryable, la: string, actionId: number, input: RiskInput, by: string): Promise<Risk> {
  const [row] = await q.query<{ id: number }>(
    'insert into improvement_risks (action_id, description, likelihood, impact, mitigation, owner, status) values ($1, $2, $3, $4, $5, $6, $7) returning id::int as id',
    [actionId, input.description, input.likelihood, input.impact, input.mitigation, input.owner, input.status],
  );
  const risk: Risk = { id: row!.id, ...input };
  await recordHistory(q, la, { actionId, entity: 'risk', entityId: risk.id, change: 'created', before: null, after: { ...input }, by });
  return risk;
}

/** Changes a risk's fields (only those that differ are written and kept); false when nothing differed. */
export async function changeRisk(q: Queryable, la: string, actionId: number, current: Risk, change: Partial<RiskInput>, by: string): Promise<boolean> {
  const { before, after } = differences(current, change);
  if (Object.keys(after).length === 0) return false;
  const next = { ...current, ...change };
  await q.query(
    'update improvement_risks set description = $3, likelihood = $4, impact = $5, mitigation = $6, owner = $7, status = $8 where action_id = $1 and id = $2',
    [actionId, current.id, next.description, next.likelihood, next.impact, next.mitigation, next.owner, next.status],
  );
  await recordHistory(q, la, { actionId, entity: 'risk', entityId: current.id, change: 'changed', before, after, by });
  return true;
}

/** The fields of `change` whose value differs from `current`: as they were, and as they become. */
function differences<T extends object>(current: T, change: Partial<T>): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) continue;
    const was = (current as Record<string, unknown>)[key];
    if (JSON.stringify(was) === JSON.stringify(value)) continue;
    before[key] = was;
    after[key] = value;
  }
  return { before, after };
}

async function recordHistory(q: Queryable, la: string, entry: Omit<HistoryEntry, 'at'>): Promise<void> {
  await q.query(
    'insert into improvement_history (la, action_id, entity, entity_id, change, before, after, changed_by) values ($1, $2, $3, $4, $5, $6, $7, $8)',
    [la, entry.actionId, entry.entity, entry.entityId, entry.change, entry.before === null ? null : JSON.stringify(entry.before), JSON.stringify(entry.after), entry.by],
  );
}

/**
 * The council's actions (or those with the given ids), each with its milestones, updates (oldest first)
 * and risks, in the order they were added. `lock` holds the actions' rows until the transaction ends,
 * so two people changing one action at once are taken one after the other.
 */
export async function loadActions(q: Queryable, la: string, options: { ids?: readonly number[]; lock?: boolean } = {}): Promise<ImprovementAction[]> {
  const ids = options.ids ? [...options.ids] : null;
  const actions = await q.query<{
    id: number; title: string; description: string; owner: string; finding_id: number | null; theme: string | null; status: ActionStatus;
    start_date: string; target_date: string; completed_on: string | null; indicator_ids: string[]; created_by: string; created_at: Date | string;
  }>(
    `select id::int as id, title, description, owner, finding_id::int as finding_id, theme, status, ${day('start_date')} as start_date, ${day('target_date')} as target_date,
       ${day('completed_on')} as completed_on, indicator_ids, created_by, created_at
     from improvement_actions where la = $1 and ($2::bigint[] is null or id = any($2::bigint[])) order by id ${options.lock ? 'for update' : ''}`,
    [la, ids],
  );
  if (actions.length === 0) return [];
  const found = actions.map((a) => a.id);
  // One after another: inside a transaction `q` is a single connection, which runs one query at a time.
  const milestones = await q.query<{ id: number; action_id: number; title: string; due: string; done_on: string | null; added_on: string }>(
    `select id::int as id, action_id::int as action_id, title, ${day('due')} as due, ${day('done_on')} as done_on, ${day('added_on')} as added_on
     from improvement_milestones where action_id = any($1::bigint[]) order by due, id`,
    [found],
  );
  const updates = await q.query<{ id: number; action_id: number; posted_by: string; posted_at: Date | string; summary: string; progress: number }>(
    'select id::int as id, action_id::int as action_id, posted_by, posted_at, summary, progress from improvement_updates where action_id = any($1::bigint[]) order by id',
    [found],
  );
  const risks = await q.query<{ id: number; action_id: number; description: string; likelihood: number; impact: number; mitigation: string; owner: string; status: RiskStatus }>(
    'select id::int as id, action_id::int as action_id, description, likelihood, impact, mitigation, owner, status from improvement_risks where action_id = any($1::bigint[]) order by id',
    [found],
  );
  const of = <T extends { action_id: number }>(rows: readonly T[], id: number) => rows.filter((r) => r.action_id === id);
  return actions.map((a): ImprovementAction => ({
    id: a.id, title: a.title, description: a.description, owner: a.owner,
    source: a.finding_id !== null ? { kind: 'finding', findingId: a.finding_id } : a.theme !== null ? { kind: 'theme', theme: a.theme } : { kind: 'other' },
    status: a.status, startDate: a.start_date, targetDate: a.target_date, completedOn: a.completed_on, indicatorIds: a.indicator_ids,
    createdBy: a.created_by, createdAt: iso(a.created_at),
    milestones: of(milestones, a.id).map((m) => ({ id: m.id, title: m.title, due: m.due, doneOn: m.done_on, addedOn: m.added_on })),
    updates: of(updates, a.id).map((u) => ({ id: u.id, by: u.posted_by, at: iso(u.posted_at), summary: u.summary, progress: u.progress })),
    risks: of(risks, a.id).map((r) => ({ id: r.id, description: r.description, likelihood: r.likelihood, impact: r.impact, mitigation: r.mitigation, owner: r.owner, status: r.status })),
  }));
}

/** The kept changes of one action, or of the whole council's plan since a moment: oldest first. */
export async function loadHistory(q: Queryable, la: string, filter: { actionId?: number; since?: string }): Promise<HistoryEntry[]> {
  const rows = await q.query<{ action_id: number; entity: HistoryEntry['entity']; entity_id: number; change: HistoryEntry['change']; before: Record<string, unknown> | null; after: Record<string, unknown>; changed_by: string; changed_at: Date | string }>(
    `select action_id::int as action_id, entity, entity_id::int as entity_id, change, before, after, changed_by, changed_at from improvement_history
     where la = $1 and ($2::bigint is null or action_id = $2) and ($3::timestamptz is null or changed_at >= $3) order by id`,
    [la, filter.actionId ?? null, filter.since ?? null],
  );
  return rows.map((r) => ({ actionId: r.action_id, entity: r.entity, entityId: r.entity_id, change: r.change, before: r.before, after: r.after, by: r.changed_by, at: iso(r.changed_at) }));
}

/** A finding of one of the council's inspections, or null (another council's is null too). */
export async function loadFinding(q: Queryable, la: string, id: number): Promise<InspectionFinding | null> {
  return (await loadFindings(q, la, [id]))[0] ?? null;
}

export async function loadFindings(q: Queryable, la: string, ids: readonly number[]): Promise<InspectionFinding[]> {
  if (ids.length === 0) return [];
  const rows = await q.query<{ id: number; inspection_id: number; kind: FindingKind; seq: number; text: string }>(
    'select id::int as id, inspection_id::int as inspection_id, kind, seq, text from inspection_findings where la = $1 and id = any($2::bigint[]) order by id',
    [la, [...ids]],
  );
  return rows.map((r) => ({ id: r.id, inspectionId: r.inspection_id, kind: r.kind, seq: r.seq, text: r.text }));
}
