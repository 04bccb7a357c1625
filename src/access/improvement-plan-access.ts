import { board, boardRow, type BoardRow } from '../core/improvement-plan/board.ts';
import { describeChange } from '../core/improvement-plan/history.ts';
import type { ActionSource, ActionStatus, ImprovementAction, RiskStatus } from '../core/improvement-plan/plan.ts';
import { weeklyReportWorkbook } from '../core/improvement-plan/report-workbook.ts';
import { byScore, riskRag, riskScore } from '../core/improvement-plan/risk.ts';
import { actionProblems, completionProblems, milestoneProblems, riskProblems, themeProblems, updateProblems, type FieldProblem } from '../core/improvement-plan/validation.ts';
import { weeklyReport, weekStart } from '../core/improvement-plan/weekly-report.ts';
import { INDICATORS, indicatorById } from '../core/indicators/registry.ts';
import type { IsoDate } from '../core/model/dates.ts';
import type { Database, Queryable } from '../store/database.ts';
import * as store from '../store/improvement-plan.ts';
import { today, type ActorGuard } from './actor-guard.ts';
import type { CouncilFigures } from './council-figures.ts';
import { NotFound, Rejected } from './errors.ts';
import type {
  ActionSourceView, ActionView, BoardActionView, BoardView, FindingView, IndicatorChoice, LinkedIndicatorView, WeeklyReportView,
} from './improvement-plan-views.ts';
import { figureView } from './indicator-views.ts';

/** How many months of a linked indicator's trend an action shows. */
export const TREND_MONTHS = 12;

export interface NewAction {
  readonly title: string;
  readonly description?: string | undefined;
  readonly owner: string;
  readonly status?: ActionStatus | undefined;
  /** Defaults to today. */
  readonly startDate?: IsoDate | undefined;
  readonly targetDate: IsoDate;
  readonly indicatorIds?: readonly string[] | undefined;
  /** From an inspection's finding (its text becomes the description unless one is given) … */
  readonly findingId?: number | undefined;
  /** … or from a case-audit theme. */
  readonly theme?: string | undefined;
}

export type ActionChangeInput = store.ActionChange;

export interface NewRisk {
  readonly description: string;
  readonly likelihood: number;
  readonly impact: number;
  readonly mitigation?: string | undefined;
  readonly owner: string;
}

export type RiskChangeInput = Partial<NewRisk & { status: RiskStatus }>;

/** The improvement plan: actions, milestones, weekly updates, risks, RAG, history. */
export interface ImprovementPlanAccess {
  /** The board: every action (or those of a status or owner), red and overdue first. */
  board(filter: { status?: ActionStatus | undefined; owner?: string | undefined }): Promise<BoardView>;
  /** One action with its milestones, updates, risks, history and linked indicators' trends. */
  action(id: number): Promise<ActionView>;
  /** An inspection finding of the council, to turn into an action. */
  finding(id: number): Promise<FindingView>;
  /** The indicators an action can be linked to. */
  indicatorChoices(): IndicatorChoice[];
  createAction(input: NewAction): Promise<ActionView>;
  updateAction(id: number, change: ActionChangeInput): Promise<ActionView>;
  addMilestone(id: number, input: { title: string; due: IsoDate }): Promise<ActionView>;
  /** Marks a milestone done, on `doneOn` (default today). */
  completeMilestone(id: number, milestoneId: number, doneOn?: IsoDate): Promise<ActionView>;
  postUpdate(id: number, input: { summary: string; progress: number }): Promise<ActionView>;
  addRisk(id: number, input: NewRisk): Promise<ActionView>;
  updateRisk(id: number, riskId: number, change: RiskChangeInput): Promise<ActionView>;
  /** The weekly report for the 7 days to `on` (default today). */
  weeklyReport(on?: IsoDate): Promise<WeeklyReportView>;
  weeklyReportWorkbook(on?: IsoDate): Promise<{ fileName: string; workbook: Uint8Array }>;
}

/**
 * Anyone may read the plan (it holds no child: linked indicators show figures, never the children
 * behind them); changing it needs 'manage-improvement-plan', and each change is stored with its
 * history and its audit entry in one transaction, after the change is checked field by field.
 */
export function improvementPlanAccess(db: Database, guard: ActorGuard): ImprovementPlanAccess {
  const { actor } = guard;
  const la = actor.la;
  const view = () => guard.scope('view-improvement-plan');
  const manage = () => guard.scope('manage-improvement-plan');
  const noAction = (id: number) => new NotFound(`There is no action ${id} in the improvement plan.`);

  const loadOne = async (q: Queryable, id: number, lock = false): Promise<ImprovementAction> => {
    const [action] = await store.loadActions(q, la, { ids: [id], lock });
    if (!action) throw noAction(id);
    return action;
  };

  const sourcesOf = async (q: Queryable, actions: readonly ImprovementAction[]): Promise<(a: ImprovementAction) => ActionSourceView> => {
    const ids = actions.flatMap((a) => (a.source.kind === 'finding' ? [a.source.findingId] : []));
    const findings = new Map((await store.loadFindings(q, la, ids)).map((f) => [f.id, f]));
    return (a) => sourceView(a.source, findings);
  };

  /** The council's figures, or null when it has none yet (the plan does not need them). */
  const figuresOrNull = async (): Promise<CouncilFigures | null> => {
    try {
      return await guard.figures();
    } catch (error) {
      if (error instanceof NotFound) return null;
      throw error;
    }
  };

  /**
   * One change: the action locked, the change checked (Rejected, naming the field, when refused),
   * stored with its history, and audited, all in one transaction; then the action as it now is.
   */
  const change = async (id: number, what: string, work: (tx: Queryable, action: ImprovementAction, day: IsoDate) => Promise<Record<string, unknown>>): Promise<ActionView> => {
    manage();
    const day = today();
    await db.transaction(async (tx) => {
      const action = await loadOne(tx, id, true);
      const detail = await work(tx, action, day);
      await guard.audit(tx, 'manage-improvement-plan', `improvement-action/${id}`, null, { change: what, ...detail });
    });
    return actionView(id);
  };

  const actionView = async (id: number): Promise<ActionView> => {
    view();
    const action = await loadOne(db, id);
    const [source, history, figures] = await Promise.all([sourcesOf(db, [action]), store.loadHistory(db, la, { actionId: id }), figuresOrNull()]);
    const row = boardRow(action, today());
    const overdue = new Set(row.overdue.map((m) => m.id));
    const risks = [...byScore(action.risks), ...action.risks.filter((r) => r.status !== 'open')];
    return {
      ...boardActionView(row, source),
      description: action.description,
      completedOn: action.completedOn,
      indicatorIds: action.indicatorIds,
      createdBy: action.createdBy,
      createdAt: action.createdAt,
      milestones: action.milestones.map((m) => ({ ...m, overdue: overdue.has(m.id) })),
      updates: [...action.updates].reverse(),
      risks: risks.map((r) => ({ ...r, score: riskScore(r), rag: riskRag(r) })),
      history: history.reverse().map(({ actionId: _, ...h }) => ({ ...h, what: describeChange({ actionId: id, ...h }, action) })),
      indicators: action.indicatorIds.map((i) => linkedIndicator(i, figures)),
    };
  };

  return {
    async board(filter) {
      view();
      const actions = await store.loadActions(db, la);
      const source = await sourcesOf(db, actions);
      const rows = board(actions, today()).filter((r) => (!filter.status || r.action.status === filter.status) && (!filter.owner || r.action.owner === filter.owner));
      return {
        la, today: today(), total: actions.length,
        owners: [...new Set(actions.map((a) => a.owner))].sort((a, b) => a.localeCompare(b)),
        actions: rows.map((r) => boardActionView(r, source)),
      };
    },

    action: actionView,

    async finding(id) {
      view();
      const found = await store.loadFinding(db, la, id);
      if (!found) throw new NotFound(`There is no inspection finding ${id} for your council.`);
      const answering = (await store.loadActions(db, la)).filter((a) => a.source.kind === 'finding' && a.source.findingId === id);
      return { ...found, actions: answering.map((a) => ({ id: a.id, title: a.title })) };
    },

    indicatorChoices() {
      view();
      return INDICATORS.map((i) => ({ id: i.id, title: i.title }));
    },

    async createAction(input) {
      manage();
      const day = today();
      const id = await db.transaction(async (tx) => {
        let source: ActionSource = { kind: 'other' };
        let description = input.description?.trim() ?? '';
        if (input.findingId !== undefined && input.theme !== undefined) refuse([{ field: 'theme', value: input.theme, message: 'An action comes from an inspection finding or a case-audit theme, not both.' }]);
        if (input.findingId !== undefined) {
          const finding = await store.loadFinding(tx, la, input.findingId);
          if (!finding) refuse([{ field: 'findingId', value: input.findingId, message: `There is no inspection finding ${input.findingId} for your council.` }]);
          source = { kind: 'finding', findingId: finding.id };
          description ||= finding.text;
        }
        if (input.theme !== undefined) {
          check(themeProblems(input.theme));
          source = { kind: 'theme', theme: input.theme.trim() };
        }
        const fields = {
          title: input.title.trim(), description, owner: input.owner.trim(), status: input.status ?? 'not-started',
          startDate: input.startDate ?? day, targetDate: input.targetDate, indicatorIds: input.indicatorIds ?? [],
        } as const;
        check([...actionProblems(fields), ...indicatorProblems(fields.indicatorIds)]);
        const created = await store.addAction(tx, la, { ...fields, source }, actor.username, day);
        await guard.audit(tx, 'manage-improvement-plan', `improvement-action/${created}`, null, { change: 'add-action', source: source.kind });
        return created;
      });
      return actionView(id);
    },

    updateAction(id, input) {
      return change(id, 'change-action', async (tx, action, day) => {
        const trimmed = trimStrings(input);
        const next = { ...action, ...trimmed };
        check([...actionProblems(next, action.milestones), ...(trimmed.indicatorIds ? indicatorProblems(trimmed.indicatorIds) : [])]);
        await store.changeAction(tx, la, action, trimmed, actor.username, day);
        return { fields: Object.keys(trimmed) };
      });
    },

    addMilestone(id, input) {
      return change(id, 'add-milestone', async (tx, action, day) => {
        const milestone = { title: input.title.trim(), due: input.due };
        check(milestoneProblems(action, milestone));
        return { milestone: (await store.addMilestone(tx, la, id, milestone, actor.username, day)).id };
      });
    },

    completeMilestone(id, milestoneId, doneOn) {
      return change(id, 'complete-milestone', async (tx, action, day) => {
        const milestone = action.milestones.find((m) => m.id === milestoneId);
        if (!milestone) throw new NotFound(`Action ${id} has no milestone ${milestoneId}.`);
        check(completionProblems(action, milestone, doneOn ?? day, day));
        await store.completeMilestone(tx, la, id, milestone, doneOn ?? day, actor.username);
        return { milestone: milestoneId };
      });
    },

    postUpdate(id, input) {
      return change(id, 'post-update', async (tx) => {
        const update = { summary: input.summary.trim(), progress: input.progress };
        check(updateProblems(update));
        return { update: (await store.postUpdate(tx, la, id, update, actor.username)).id };
      });
    },

    addRisk(id, input) {
      return change(id, 'add-risk', async (tx) => {
        const risk = { ...trimStrings({ description: input.description, owner: input.owner, mitigation: input.mitigation ?? '' }), likelihood: input.likelihood, impact: input.impact, status: 'open' as const };
        check(riskProblems(risk));
        return { risk: (await store.addRisk(tx, la, id, risk, actor.username)).id };
      });
    },

    updateRisk(id, riskId, input) {
      return change(id, 'change-risk', async (tx, action) => {
        const current = action.risks.find((r) => r.id === riskId);
        if (!current) throw new NotFound(`Action ${id} has no risk ${riskId}.`);
        const trimmed = trimStrings(input);
        check(riskProblems({ ...current, ...trimmed }));
        await store.changeRisk(tx, la, id, current, trimmed, actor.username);
        return { risk: riskId, fields: Object.keys(trimmed) };
      });
    },

    async weeklyReport(on) {
      view();
      return { la, ...(await reportOn(on)) };
    },

    async weeklyReportWorkbook(on) {
      view();
      const report = await reportOn(on);
      return { fileName: `improvement-plan-${la}-week-to-${report.on}.xlsx`, workbook: weeklyReportWorkbook(report, la) };
    },
  };

  async function reportOn(on: IsoDate | undefined) {
    const day = today();
    if (on !== undefined && on > day) refuse([{ field: 'on', value: on, message: `The report date (${on}) is in the future.` }]);
    const reported = on ?? day;
    const [actions, history] = await Promise.all([store.loadActions(db, la), store.loadHistory(db, la, { since: weekStart(reported) })]);
    return weeklyReport(actions, history, reported);
  }
}

function boardActionView(row: BoardRow, source: (a: ImprovementAction) => ActionSourceView): BoardActionView {
  const { action: a, rag, nextMilestone, lastUpdate, topRisk } = row;
  return {
    id: a.id, title: a.title, owner: a.owner, status: a.status, startDate: a.startDate, targetDate: a.targetDate,
    rag: rag.rag, reasons: rag.reasons, source: source(a),
    nextMilestone: nextMilestone && { id: nextMilestone.id, title: nextMilestone.title, due: nextMilestone.due },
    overdueMilestones: row.overdue.length,
    lastUpdate: lastUpdate && { by: lastUpdate.by, at: lastUpdate.at, summary: lastUpdate.summary, progress: lastUpdate.progress },
    topRisk,
  };
}

function sourceView(source: ActionSource, findings: ReadonlyMap<number, store.InspectionFinding>): ActionSourceView {
  if (source.kind === 'theme') return { kind: 'theme', findingId: null, inspectionId: null, findingKind: null, text: source.theme };
  if (source.kind === 'other') return { kind: 'other', findingId: null, inspectionId: null, findingKind: null, text: null };
  const f = findings.get(source.findingId);
  return { kind: 'finding', findingId: source.findingId, inspectionId: f?.inspectionId ?? null, findingKind: f?.kind ?? null, text: f?.text ?? null };
}

/** A linked indicator's figures for the last TREND_MONTHS months and every year: numbers only, never its cases or children. */
function linkedIndicator(id: string, figures: CouncilFigures | null): LinkedIndicatorView {
  const indicator = indicatorById(id);
  const base = { id, title: indicator?.title ?? id, unit: indicator?.unit ?? 'count', polarity: indicator?.polarity ?? 'context' } as const;
  if (!figures) return { ...base, available: false, reason: 'There are no returns for the council yet.', months: [], years: [] };
  const result = figures.indicators.find((r) => r.indicator.id === id);
  if (!result) return { ...base, available: false, reason: 'This indicator is no longer worked out.', months: [], years: [] };
  if (!result.available) return { ...base, available: false, reason: result.reason, months: [], years: [] };
  return { ...base, available: true, reason: null, months: result.months.slice(-TREND_MONTHS).map(figureView), years: result.years.map(figureView) };
}

function indicatorProblems(ids: readonly string[]): FieldProblem[] {
  const unknown = ids.filter((i) => !indicatorById(i));
  return unknown.length ? [{ field: 'indicatorIds', value: unknown, message: `There is no indicator ${unknown.join(', ')}.` }] : [];
}

/** Refuses the change, naming each field at fault (422, nothing stored). */
function refuse(problems: readonly FieldProblem[]): never {
  throw new Rejected(problems.map((p) => p.message).join(' '), { fields: problems });
}

function check(problems: readonly FieldProblem[]): void {
  if (problems.length) refuse(problems);
}

/** The same fields with their text trimmed: " Jo " and "Jo" are one owner. */
function trimStrings<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])) as T;
}
