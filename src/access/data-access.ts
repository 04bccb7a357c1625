import { buildChronology, type Chronology } from '../core/chronology/chronology.ts';
import type { CollectionYear } from '../core/model/collection-year.ts';
import { validationWorkbook } from '../core/reports/validation-report.ts';
import type { Severity } from '../core/validation/types.ts';
import type { Database, Queryable } from '../store/database.ts';
import { findingsByChild, findingsByRule, returnFindings, returnProblems } from '../store/data-quality.ts';
import { importReturn } from '../store/import-return.ts';
import { loadJourney, searchChildren } from '../store/journeys.ts';
import { listReturns, loadReturn } from '../store/returns.ts';
import { listUsers, type Actor } from './accounts.ts';
import { readAudit, type AuditFilter, type AuditRecord } from './audit.ts';
import { actorGuard, today } from './actor-guard.ts';
import { caseAuditsAccess, type CaseAuditsAccess } from './case-audits-access.ts';
import { caseloadsAccess, type CaseloadsAccess } from './caseloads-access.ts';
import { forecastAccess, type ForecastAccess } from './forecast-access.ts';
import { annexAAccess, type AnnexAAccess } from './annex-a-access.ts';
import { settingsAccess, type SettingsAccess } from './settings-access.ts';
import { improvementPlanAccess, type ImprovementPlanAccess } from './improvement-plan-access.ts';
import { inspectionsAccess, type InspectionsAccess } from './inspections-access.ts';
import { acknowledgedFacts } from '../core/drift/acknowledgement.ts';
import type { IsoDate } from '../core/model/dates.ts';
import { currentAcknowledgements, recordAcknowledgement } from './acknowledgements.ts';
import { councilAllocations, councilFigures, everyCouncilFigures } from './council-figures.ts';
import { indicatorsView } from './indicator-views.ts';
import { cachedResult } from './results-cache.ts';
import { worklistView } from './worklist-view.ts';
import { NotFound, Rejected } from './errors.ts';
import type {
  AcknowledgementView, ChildResultView, FindingView, ImportView, IndicatorChildrenView, IndicatorsView, ReturnView, RuleResultView, UserView, WorklistView,
} from './views.ts';

/**
 * The one way into the council's data. Every method names its action, checks it against the
 * permission matrix for the actor's role, narrows social workers to their team's children, and writes
 * an audit entry for every child-level read and every export in the same transaction as the read.
 * API handlers receive only this object, never the database.
 */
export interface DataAccess {
  readonly actor: Actor;
  /** The council's returns, current and superseded. */
  overview(): Promise<{ la: string; returns: ReturnView[] }>;
  /** Reads, validates and stores a return of the actor's council; refused (nothing stored) with the reason. */
  uploadReturn(input: { files: { name: string; content: Uint8Array }[]; year?: CollectionYear | undefined; dataset?: 'cin' | 'ssda903' | undefined }): Promise<ImportView>;
  /** A return's results rule by rule, worst first: every rule that found something, failed or was skipped (or, withFindings, only those that found something). */
  ruleResults(returnId: number, filter: { severity?: Severity | undefined; withFindings?: boolean | undefined }): Promise<RuleResultView[]>;
  /** A return's children with the most to correct first (child level). */
  childResults(returnId: number, page: { offset: number; limit: number }): Promise<{ children: ChildResultView[]; next: boolean }>;
  /** A return's findings cell by cell, filtered (child level). */
  findings(returnId: number, filter: { rule?: string | undefined; child?: string | undefined; severity?: Severity | undefined; offset: number; limit: number }): Promise<FindingView[]>;
  /** The whole validation report as an xlsx workbook; audited with the reason given. */
  exportFindings(returnId: number, reason: string | null): Promise<{ fileName: string; workbook: Uint8Array }>;
  /** Children whose id starts with `prefix` (a social worker's: their team's only). */
  searchChildren(prefix: string, limit: number): Promise<string[]>;
  /** A child's chronology, audited; NotFound alike for a child that does not exist and one the actor may not see. */
  chronology(childId: string, reason: string | null): Promise<Chronology>;
  auditLog(filter: Omit<AuditFilter, 'limit'> & { limit: number }): Promise<{ entries: AuditRecord[]; next: number | null }>;
  users(): Promise<UserView[]>;
  /** Every indicator, month by month, year by year and split, with its benchmarks: numbers only. */
  indicators(): Promise<IndicatorsView>;
  /** The children behind an indicator's number for a period ('headline', or a year's or month's label); audited; a social worker's: their team's only. */
  indicatorChildren(indicatorId: string, period: string): Promise<IndicatorChildrenView>;
  /** The worklist of a team or a worker (a social worker's: their own team's). */
  worklist(filter: { team?: string | undefined; worker?: string | undefined; limit: number }): Promise<WorklistView>;
  /** Acknowledges a worklist item with a reason and an optional review date; audited. */
  acknowledge(itemId: string, input: { reason: string; until: IsoDate | null }): Promise<AcknowledgementView>;
  readonly inspections: InspectionsAccess;
  readonly improvementPlan: ImprovementPlanAccess;
  readonly caseAudits: CaseAuditsAccess;
  readonly caseloads: CaseloadsAccess;
  readonly forecast: ForecastAccess;
  readonly annexA: AnnexAAccess;
  readonly settings: SettingsAccess;
}

export function forActor(db: Database, actor: Actor): DataAccess {
  const guard = actorGuard(db, actor);
  const { scope, audit, visibleChildren, figures } = guard;
  const noReturn = (returnId: number) => new NotFound(`There is no return ${returnId}.`);
  /** A return of the actor's council, in full, or NotFound. */
  const councilReturn = async (q: Queryable, returnId: number) => {
    const r = await loadReturn(q, returnId);
    if (!r || r.la !== actor.la) throw noReturn(returnId);
    return r;
  };
  /** NotFound unless the return is the actor's council's (a return's council never changes, so it is remembered). */
  const checkCouncil = async (returnId: number) => {
    const la = await cachedResult(db, `la ${returnId}`, async () => {
      const r = await loadReturn(db, returnId);
      if (!r) throw noReturn(returnId);
      return r.la;
    });
    if (la !== actor.la) throw noReturn(returnId);
  };
  const noReturns = () => new NotFound('There are no returns for your council yet: upload one first.');

  return {
    actor,
    inspections: inspectionsAccess(db, guard),
    improvementPlan: improvementPlanAccess(db, guard),
    caseAudits: caseAuditsAccess(db, guard),
    caseloads: caseloadsAccess(db, guard),
    forecast: forecastAccess(db, guard),
    annexA: annexAAccess(db, guard),
    settings: settingsAccess(db, guard),

    async overview() {
      scope('view-returns');
      const returns = await listReturns(db, actor.la);
      return {
        la: actor.la,
        returns: returns.map((r) => ({
          id: r.id, dataset: r.dataset, year: r.year, fileNames: r.fileNames, importedBy: r.importedBy, importedAt: r.importedAt,
          supersededBy: r.supersededBy, children: r.children, errors: r.counts.errors, queries: r.counts.queries,
        })),
      };
    },

    async uploadReturn(input) {
      scope('upload-return');
      const result = await importReturn(db, { la: actor.la, files: input.files, importedBy: actor.username, ...(input.year ? { year: input.year } : {}), ...(input.dataset ? { dataset: input.dataset } : {}) });
      const view: ImportView = {
        status: result.status, returnId: result.returnId ?? null, supersedes: result.supersedes ?? null, dataset: result.dataset, year: result.year, la: result.la,
        children: result.children, errors: result.errors, queries: result.queries, problems: result.problems.length, message: result.message,
      };
      if (result.status === 'rejected') {
        // The import itself audits what it stores; a refusal stores nothing, so it is recorded here.
        await audit(db, 'upload-refused', null, null, { files: input.files.map((f) => f.name), message: result.message });
        throw new Rejected(capitalise(result.message), { ...view, firstProblems: result.problems.slice(0, 20) });
      }
      // The figures are worked out (and kept) now, so the dashboards are ready when the uploader looks;
      // a failure here is met again, and reported, by the first page that asks for them.
      councilFigures(db, actor.la).catch(() => undefined);
      return view;
    },

    async ruleResults(returnId, filter) {
      scope('view-data-quality');
      await checkCouncil(returnId);
      const rules = await cachedResult(db, `rules ${returnId}`, async () => {
        const stored = await loadReturn(db, returnId);
        if (!stored) throw noReturn(returnId);
        const counted = new Map((await findingsByRule(db, returnId)).map((r) => [r.rule, r]));
        return stored.outcomes
          .map((o): RuleResultView => ({
            code: o.code, severity: o.severity, message: o.message, status: o.status, howToFix: o.howToFix,
            note: o.status === 'failed' ? `failed: ${o.error}` : o.status === 'skipped' || o.status === 'not-applicable' ? o.reason : '',
            findings: counted.get(o.code)?.findings ?? 0, children: counted.get(o.code)?.children ?? 0,
          }))
          .sort(worstFirst);
      });
      return rules.filter((r) => (!filter.severity || r.severity === filter.severity) && (!filter.withFindings || r.findings > 0 || r.status === 'failed'));
    },

    async childResults(returnId, page) {
      scope('view-data-quality-by-child');
      await checkCouncil(returnId);
      const children = await cachedResult(db, `children ${returnId} ${page.offset} ${page.limit}`, () => findingsByChild(db, returnId, { offset: page.offset, limit: page.limit + 1 }));
      return { children: children.slice(0, page.limit).map((c) => ({ ...c, rules: [...c.rules] })), next: children.length > page.limit };
    },

    async findings(returnId, filter) {
      scope('view-data-quality-by-child');
      await checkCouncil(returnId);
      const found = await returnFindings(db, returnId, filter);
      return found.map((f) => ({ rule: f.rule, severity: f.severity, childId: f.child ?? null, table: f.table, field: f.field, value: f.value, line: f.line ?? null }));
    },

    async exportFindings(returnId, reason) {
      scope('export-data-quality');
      return db.transaction(async (tx) => {
        const stored = await councilReturn(tx, returnId);
        const findings = await returnFindings(tx, returnId, { limit: Number.MAX_SAFE_INTEGER });
        const problems = await returnProblems(tx, returnId, { limit: Number.MAX_SAFE_INTEGER });
        await audit(tx, 'export-data-quality', String(returnId), reason, { findings: findings.length, dataset: stored.dataset, year: stored.year });
        const title = `${stored.dataset === 'cin' ? 'CIN census' : 'SSDA903'} ${stored.year}, council ${stored.la}, return ${stored.id}`;
        return {
          fileName: `${stored.dataset}-${stored.year.replace('/', '-')}-return-${stored.id}-validation.xlsx`,
          workbook: validationWorkbook({ findings, outcomes: stored.outcomes, counts: stored.counts }, title, problems),
        };
      });
    },

    async searchChildren(prefix, limit) {
      if (scope('search-children') === 'all') return (await searchChildren(db, actor.la, prefix, limit)).map((m) => m.childId);
      const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const rows = await db.query<{ child_id: string }>(
        `select child_id from allocations where la = $1 and team = $2 and child_id like $3 escape '\\' order by child_id collate "C" limit $4`,
        [actor.la, actor.team, pattern, limit],
      );
      return rows.map((r) => r.child_id);
    },

    async chronology(childId, reason) {
      const s = scope('read-chronology');
      // The read and its audit entry commit together; a refusal is audited too, so nothing is thrown inside.
      const journey = await db.transaction(async (tx) => {
        if (s === 'team') {
          const allocated = await tx.query('select 1 from allocations where la = $1 and child_id = $2 and team = $3', [actor.la, childId, actor.team]);
          if (allocated.length === 0) {
            await audit(tx, 'read-chronology-refused', childId, reason, { why: 'not allocated to the team', team: actor.team });
            return null;
          }
        }
        const found = await loadJourney(tx, actor.la, childId);
        await audit(tx, found ? 'read-chronology' : 'read-chronology-not-found', childId, reason);
        return found;
      });
      // One message whether the child does not exist or is not the actor's to see: guessing ids confirms nothing.
      if (!journey) throw new NotFound(`There is no child ${childId} that you can see.`);
      return buildChronology(journey);
    },

    async auditLog(filter) {
      scope('view-audit-log');
      const entries = await readAudit(db, { ...filter, limit: filter.limit + 1 });
      const more = entries.length > filter.limit;
      const page = entries.slice(0, filter.limit);
      return { entries: page, next: more ? page[page.length - 1]!.id : null };
    },

    async users() {
      scope('manage-users');
      return (await listUsers(db)).filter((u) => u.la === actor.la);
    },

    async indicators() {
      scope('view-indicators');
      const { own, others } = await everyCouncilFigures(db, actor.la);
      if (!own) throw noReturns();
      return indicatorsView(own, others);
    },

    async indicatorChildren(indicatorId, period) {
      const visible = await visibleChildren(scope('view-indicator-children'));
      const result = (await figures()).indicators.find((r) => r.indicator.id === indicatorId);
      if (!result?.available) throw new NotFound(`There is no indicator ${indicatorId} with figures.`);
      const p = period === 'headline' ? result.headline : [...result.years, ...result.months].find((x) => x.period.label === period);
      if (!p) throw new NotFound(`The indicator ${indicatorId} has no figure for ${period}.`);
      const byChild = new Map<string, { key: string; date: string; counted: boolean; value: number | null }[]>();
      for (const c of (p.denominator ?? p.numerator).cases) {
        if (!visible(c.childId)) continue;
        const cases = byChild.get(c.childId) ?? [];
        cases.push({ key: c.key, date: c.date, counted: c.counted, value: c.value ?? null });
        byChild.set(c.childId, cases);
      }
      await audit(db, 'view-indicator-children', indicatorId, null, { period: p.period.label, children: byChild.size });
      return {
        indicatorId, title: result.indicator.title, period: { label: p.period.label, start: p.period.start, end: p.period.end },
        total: byChild.size, children: [...byChild].map(([childId, cases]) => ({ childId, cases })),
      };
    },

    async worklist(filter) {
      const s = scope('view-worklist');
      const [f, visible, acknowledgements, { allocations }] = await Promise.all([figures(), visibleChildren(s), currentAcknowledgements(db, actor.la), councilAllocations(db, actor.la)]);
      // A social worker's list is their own team's, whatever team is asked for.
      const team = s === 'team' ? (actor.team ?? undefined) : filter.team;
      return worklistView(f, allocations, acknowledgements, { ...filter, team }, today(), visible);
    },

    async acknowledge(itemId, input) {
      scope('acknowledge-drift');
      if (input.until !== null && input.until < today()) throw new Rejected('The review date must be today or later.');
      const item = (await figures()).drift.items.find((i) => i.id === itemId);
      if (!item) throw new NotFound(`There is no worklist item ${itemId} now.`);
      const ack = await db.transaction(async (tx) => {
        const recorded = await recordAcknowledgement(tx, actor.la, { itemId, by: actor.username, reason: input.reason, until: input.until, facts: acknowledgedFacts(item) });
        await audit(tx, 'acknowledge-drift', item.childId, input.reason, { item: itemId, until: input.until });
        return recorded;
      });
      return { by: ack.by, at: ack.at, reason: ack.reason, until: ack.until, returned: null };
    },
  };
}

/** Errors before queries, then most findings, then failed or skipped rules (so they are not missed). */
function worstFirst(a: RuleResultView, b: RuleResultView): number {
  const weight = (r: RuleResultView) => (r.status === 'failed' ? 0 : r.findings > 0 ? (r.severity === 'error' ? 1 : 2) : r.status === 'skipped' ? 3 : 4);
  return weight(a) - weight(b) || b.findings - a.findings || a.code.localeCompare(b.code);
}


const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
