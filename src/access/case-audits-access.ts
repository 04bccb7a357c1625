import { randomInt } from 'node:crypto';
import { applyModeration, applyWork, type AuditChange, type AuditStatus, type AuditWork, type CaseAudit, type ModerationWork } from '../core/case-audits/audit.ts';
import { caseAuditDashboard, type CaseAuditDashboard, type Interval } from '../core/case-audits/dashboard.ts';
import { describeProblems, type InputProblem } from '../core/case-audits/input-problem.ts';
import {
  drawSample, indicatorChildren, MAX_SAMPLE, openCaseChildren, worklistChildren, type AuditSample, type AuditSampleSummary, type SampleMethod, type SampleSource,
} from '../core/case-audits/sampling.ts';
import { DEFAULT_TEMPLATE, newTemplate, type AuditTemplate } from '../core/case-audits/template.ts';
import { DRIFT_RULES } from '../core/drift/rules.ts';
import type { Database, Queryable } from '../store/database.ts';
import {
  auditChanges, councilAudit, councilAudits, councilSample, councilSamples, councilTemplates, insertSample, insertTemplate, saveAudit,
} from '../store/case-audits.ts';
import { findUser } from './accounts.ts';
import type { ActorGuard } from './actor-guard.ts';
import { NotFound, Rejected } from './errors.ts';
import { scopeOf } from './permissions.ts';

/** What drawing a sample takes: the template, how the children are found, how many, and who audits them. */
export interface DrawSampleInput {
  readonly templateId: string;
  readonly method: SampleMethod;
  readonly size: number;
  readonly auditor: string;
  readonly moderator?: string | null | undefined;
  /** For a repeatable draw; a random one otherwise (kept with the sample either way). */
  readonly seed?: number | undefined;
  /** worklist: only this drift rule's children. */
  readonly rule?: string | undefined;
  /** indicator: which indicator's children, and for which period ('headline' by default). */
  readonly indicator?: string | undefined;
  readonly period?: string | undefined;
}

/** An audit in a list: who, which child, how far it has got; no grades. */
export type CaseAuditListItem = Pick<CaseAudit, 'id' | 'sampleId' | 'childId' | 'auditor' | 'moderator' | 'status' | 'overall' | 'submittedAt' | 'updatedAt'>;

/** One audit of a child, with every change made to it and how its sample was drawn. */
export interface CaseAuditRecord extends CaseAudit {
  readonly history: readonly AuditChange[];
  readonly sample: Pick<AuditSample, 'method' | 'source' | 'drawnBy' | 'drawnAt'>;
}

/** Case audits: templates, samples, audits, moderation, the grades-and-themes dashboard. */
export interface CaseAuditsAccess {
  /** Grades, themes and moderation agreement over time: aggregates, no child. */
  dashboard(interval: Interval): Promise<CaseAuditDashboard>;
  /** The shipped template first, then the council's own. */
  templates(): Promise<AuditTemplate[]>;
  createTemplate(input: { name: string; domains: readonly { title: string; prompt?: string | undefined }[] }): Promise<AuditTemplate>;
  /** The samples drawn, newest first, with how far their audits have got: no child. */
  samples(): Promise<AuditSampleSummary[]>;
  /** Draws a sample and plans an audit of each of its children (audited). */
  drawSample(input: DrawSampleInput): Promise<{ sample: AuditSample; audits: CaseAuditListItem[] }>;
  /** The audits (of a sample or at a stage) the actor may see: a social worker's, their team's children's (audited). */
  audits(filter: { sampleId?: number | undefined; status?: AuditStatus | undefined }): Promise<CaseAuditListItem[]>;
  /** One audit of a child, with its history (audited); NotFound alike for one that does not exist and one the actor may not see. */
  audit(id: number): Promise<CaseAuditRecord>;
  /** The auditor saves their work, or submits it (audited). */
  saveWork(id: number, work: AuditWork, submit: boolean): Promise<CaseAudit>;
  /** Someone other than the auditor moderates a submitted audit (audited). */
  moderate(id: number, work: ModerationWork): Promise<CaseAudit>;
}

const listItem = (a: CaseAudit): CaseAuditListItem => ({
  id: a.id, sampleId: a.sampleId, childId: a.childId, auditor: a.auditor, moderator: a.moderator, status: a.status, overall: a.overall, submittedAt: a.submittedAt, updatedAt: a.updatedAt,
});

const refuse = (problems: readonly InputProblem[]) => new Rejected(describeProblems(problems), { problems });

export function caseAuditsAccess(db: Database, guard: ActorGuard): CaseAuditsAccess {
  const { actor, scope, audit: writeAudit, visibleChildren, figures } = guard;
  const noAudit = (id: number) => new NotFound(`There is no case audit ${id} that you can see.`);

  /** A username that may conduct audits in the actor's council, or the problem with it. */
  const conductor = async (field: 'auditor' | 'moderator', username: string): Promise<InputProblem | null> => {
    const user = await findUser(db, username);
    if (!user || user.la !== actor.la) return { field, message: `There is no user "${username}" in your council.` };
    if (!scopeOf(user.role, 'conduct-case-audit')) return { field, message: `${username} may not conduct case audits.` };
    if (user.expiresAt !== null && user.expiresAt < new Date().toISOString()) return { field, message: `${username}'s account has ended.` };
    return null;
  };

  const template = async (id: string): Promise<AuditTemplate | null> =>
    id === DEFAULT_TEMPLATE.id ? DEFAULT_TEMPLATE : ((await councilTemplates(db, actor.la)).find((t) => t.id === id) ?? null);

  /** The children a sample is drawn from, and what they were, or the problem with the request. */
  const candidates = async (input: DrawSampleInput): Promise<{ children: string[]; source: Omit<SampleSource, 'candidates'> } | { problem: InputProblem }> => {
    const f = await figures();
    if (input.method === 'random') return { children: openCaseChildren(f.children, f.at), source: { at: f.at } };
    if (input.method === 'worklist') {
      if (input.rule !== undefined && !DRIFT_RULES.some((r) => r.id === input.rule)) return { problem: { field: 'rule', message: `There is no drift rule "${input.rule}".` } };
      return { children: worklistChildren(f.drift.items, input.rule), source: { at: f.at, ...(input.rule ? { rule: input.rule } : {}) } };
    }
    if (!input.indicator) return { problem: { field: 'indicator', message: 'Choose the indicator whose children to sample.' } };
    const result = f.indicators.find((r) => r.indicator.id === input.indicator);
    if (!result?.available) return { problem: { field: 'indicator', message: `There is no indicator "${input.indicator}" with figures.` } };
    const period = input.period ?? 'headline';
    const children = indicatorChildren(result, period);
    if (!children) return { problem: { field: 'period', message: `The indicator ${input.indicator} has no figure for "${period}".` } };
    return { children, source: { at: f.at, indicator: input.indicator, period } };
  };

  /** Loads an audit to change, locked, or NotFound; applies the change; stores it with its history and audit entry. */
  const change = (id: number, action: string, apply: (a: CaseAudit, at: string) => { audit: CaseAudit } | { problems: InputProblem[] }, kind: (a: CaseAudit) => 'saved' | 'submitted' | 'moderated') =>
    db.transaction(async (tx) => {
      const current = await councilAudit(tx, actor.la, id, true);
      if (!current) throw noAudit(id);
      const result = apply(current, new Date().toISOString());
      if ('problems' in result) throw refuse(result.problems);
      await saveAudit(tx, result.audit, kind(result.audit));
      await writeAudit(tx, action, current.childId, null, { audit: id, status: result.audit.status });
      return result.audit;
    });

  return {
    async dashboard(interval) {
      scope('view-case-audit-results');
      return caseAuditDashboard(await councilAudits(db, actor.la), interval);
    },

    async templates() {
      scope('view-case-audit-results');
      return [DEFAULT_TEMPLATE, ...(await councilTemplates(db, actor.la))];
    },

    async createTemplate(input) {
      scope('conduct-case-audit');
      const made = newTemplate({ name: input.name, domains: input.domains.map((d) => ({ title: d.title, ...(d.prompt === undefined ? {} : { prompt: d.prompt }) })) });
      if ('problems' in made) throw refuse(made.problems);
      return db.transaction(async (tx) => {
        const existing = await councilTemplates(tx, actor.la);
        if (made.template.name === DEFAULT_TEMPLATE.name || existing.some((t) => t.name === made.template.name)) throw refuse([{ field: 'name', message: `There is already a template called "${made.template.name}".` }]);
        const stored = await insertTemplate(tx, actor.la, made.template, actor.username);
        await writeAudit(tx, 'create-case-audit-template', null, null, { template: stored.id, name: stored.name, domains: stored.domains.length });
        return stored;
      });
    },

    async samples() {
      scope('view-case-audit-results');
      return councilSamples(db, actor.la);
    },

    async drawSample(input) {
      scope('conduct-case-audit');
      const problems: InputProblem[] = [];
      if (!Number.isInteger(input.size) || input.size < 1 || input.size > MAX_SAMPLE) problems.push({ field: 'size', message: `Draw between 1 and ${MAX_SAMPLE} children (${input.size} asked for).` });
      const chosen = await template(input.templateId);
      if (!chosen) problems.push({ field: 'templateId', message: `There is no template "${input.templateId}".` });
      const auditor = await conductor('auditor', input.auditor);
      if (auditor) problems.push(auditor);
      const moderator = input.moderator ? await conductor('moderator', input.moderator) : null;
      if (moderator) problems.push(moderator);
      if (input.moderator && input.moderator === input.auditor) problems.push({ field: 'moderator', message: 'The moderator must be someone other than the auditor.' });
      const found = await candidates(input);
      if ('problem' in found) problems.push(found.problem);
      else if (found.children.length === 0) problems.push({ field: 'method', message: 'There are no children to draw from this way on the latest data.' });
      if (problems.length || 'problem' in found) throw refuse(problems);
      const seed = input.seed ?? randomInt(2 ** 31 - 1);
      const children = drawSample(found.children, input.size, seed);
      const source = { ...found.source, candidates: new Set(found.children).size };
      return db.transaction(async (tx: Queryable) => {
        const drawn = await insertSample(tx, actor.la, { template: chosen!, method: input.method, source, seed, requested: input.size, drawnBy: actor.username },
          children.map((childId) => ({ childId, auditor: input.auditor, moderator: input.moderator ?? null })));
        await writeAudit(tx, 'draw-case-audit-sample', null, null, { sample: drawn.sample.id, method: input.method, requested: input.size, drawn: children.length, candidates: source.candidates, auditor: input.auditor });
        return { sample: drawn.sample, audits: drawn.audits.map(listItem) };
      });
    },

    async audits(filter) {
      const visible = await visibleChildren(scope('read-case-audit'));
      const shown = (await councilAudits(db, actor.la, filter)).filter((a) => visible(a.childId));
      await writeAudit(db, 'list-case-audits', null, null, { ...filter, audits: shown.length });
      return shown.map(listItem);
    },

    async audit(id) {
      const visible = await visibleChildren(scope('read-case-audit'));
      // The read and its audit entry commit together; a refusal is audited too.
      const found = await db.transaction(async (tx) => {
        const a = await councilAudit(tx, actor.la, id);
        if (!a || !visible(a.childId)) {
          await writeAudit(tx, 'read-case-audit-refused', a?.childId ?? null, null, { audit: id, why: a ? 'not allocated to the team' : 'no such audit' });
          return null;
        }
        const history = await auditChanges(tx, id);
        const sample = await councilSample(tx, actor.la, a.sampleId);
        await writeAudit(tx, 'read-case-audit', a.childId, null, { audit: id });
        return { ...a, history, sample: { method: sample!.method, source: sample!.source, drawnBy: sample!.drawnBy, drawnAt: sample!.drawnAt } };
      });
      if (!found) throw noAudit(id);
      return found;
    },

    async saveWork(id, work, submit) {
      scope('conduct-case-audit');
      return change(id, submit ? 'submit-case-audit' : 'save-case-audit', (a, at) => applyWork(a, actor.username, work, submit, at), (a) => (a.status === 'submitted' ? 'submitted' : 'saved'));
    },

    async moderate(id, work) {
      scope('conduct-case-audit');
      return change(id, 'moderate-case-audit', (a, at) => applyModeration(a, actor.username, work, at), () => 'moderated');
    },
  };
}
