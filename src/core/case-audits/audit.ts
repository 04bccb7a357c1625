import { isGrade, type Grade } from '../inspections/grade.ts';
import type { InputProblem } from './input-problem.ts';
import type { AuditTemplate } from './template.ts';
import { auditThemes } from './themes.ts';

/** Planned when drawn, in progress once saved, submitted by the auditor, moderated by someone else. */
export const AUDIT_STATUSES = ['planned', 'in-progress', 'submitted', 'moderated'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/** One domain's grade (null until given) with the auditor's evidence in words. */
export interface DomainGrade {
  readonly domain: string;
  readonly grade: Grade | null;
  readonly text: string;
}

/** A second look by another person: their grades, which may differ from the auditor's. */
export interface Moderation {
  readonly by: string;
  readonly at: string;
  readonly grades: readonly { readonly domain: string; readonly grade: Grade }[];
  readonly overall: Grade;
  readonly note: string;
}

/** One child's case audit: who audits and moderates it, its grades, themes and where it has got to. */
export interface CaseAudit {
  readonly id: number;
  readonly sampleId: number;
  readonly childId: string;
  /** The template's domains as they were when the sample was drawn. */
  readonly template: AuditTemplate;
  readonly auditor: string;
  /** Who is asked to moderate it; anyone other than the auditor may, when null. */
  readonly moderator: string | null;
  readonly status: AuditStatus;
  readonly grades: readonly DomainGrade[];
  readonly overall: Grade | null;
  readonly summary: string;
  readonly themes: readonly string[];
  readonly submittedAt: string | null;
  readonly moderation: Moderation | null;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

/** One change to an audit: what happened, who did it, when, and the audit as it left it. */
export interface AuditChange {
  readonly change: 'planned' | 'saved' | 'submitted' | 'moderated';
  readonly by: string;
  readonly at: string;
  readonly state: CaseAudit;
}

export const TEXT_LIMITS = { evidence: 4000, summary: 4000, note: 2000 } as const;

/** What an auditor saves: grades and evidence, the overall grade, a summary and themes. */
export interface AuditWork {
  readonly grades: readonly { readonly domain: string; readonly grade: Grade | null; readonly text: string }[];
  readonly overall: Grade | null;
  readonly summary: string;
  readonly themes: readonly string[];
}

/**
 * The audit with the auditor's work saved (or submitted), or what is wrong. Only the auditor works on
 * it, and only before it is submitted. Submitting needs every domain graded with its evidence and an
 * overall grade: a grade without the reasons for it cannot be moderated or learnt from.
 */
export function applyWork(audit: CaseAudit, by: string, work: AuditWork, submit: boolean, at: string): { audit: CaseAudit } | { problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  if (audit.status === 'submitted' || audit.status === 'moderated') problems.push({ field: 'status', message: `The audit was ${audit.status} and can no longer be changed.` });
  if (by !== audit.auditor) problems.push({ field: 'auditor', message: `Only the auditor (${audit.auditor}) can work on this audit.` });
  const domains = new Set(audit.template.domains.map((d) => d.id));
  const given = new Map<string, { grade: Grade | null; text: string }>();
  work.grades.forEach((g, i) => {
    if (!domains.has(g.domain)) problems.push({ field: `grades/${i}/domain`, message: `"${g.domain}" is not a domain of this audit's template.` });
    else if (given.has(g.domain)) problems.push({ field: `grades/${i}/domain`, message: `"${g.domain}" is graded twice.` });
    if (g.grade !== null && !isGrade(g.grade)) problems.push({ field: `grades/${i}/grade`, message: `"${String(g.grade)}" is not a grade.` });
    if (g.text.length > TEXT_LIMITS.evidence) problems.push({ field: `grades/${i}/text`, message: `The evidence must be at most ${TEXT_LIMITS.evidence} characters.` });
    given.set(g.domain, { grade: g.grade, text: g.text.trim() });
  });
  if (work.overall !== null && !isGrade(work.overall)) problems.push({ field: 'overall', message: `"${String(work.overall)}" is not a grade.` });
  if (work.summary.length > TEXT_LIMITS.summary) problems.push({ field: 'summary', message: `The summary must be at most ${TEXT_LIMITS.summary} characters.` });
  const themes = auditThemes(work.themes);
  problems.push(...themes.problems);
  const grades = audit.template.domains.map((d): DomainGrade => ({ domain: d.id, grade: given.get(d.id)?.grade ?? null, text: given.get(d.id)?.text ?? '' }));
  if (submit) {
    grades.forEach((g, i) => {
      const title = audit.template.domains[i]!.title;
      if (g.grade === null) problems.push({ field: `grades/${g.domain}/grade`, message: `Select a grade for ${title.toLowerCase()} before submitting.` });
      else if (g.text === '') problems.push({ field: `grades/${g.domain}/text`, message: `Enter the evidence for the grade of ${title.toLowerCase()} before submitting.` });
    });
    if (work.overall === null) problems.push({ field: 'overall', message: 'Select an overall grade before submitting.' });
  }
  if (problems.length) return { problems };
  return {
    audit: {
      ...audit, grades, overall: work.overall, summary: work.summary.trim(), themes: themes.themes,
      status: submit ? 'submitted' : 'in-progress', submittedAt: submit ? at : null, updatedBy: by, updatedAt: at,
    },
  };
}

/** What a moderator gives: their grade for each domain, an overall grade and a note. */
export interface ModerationWork {
  readonly grades: readonly { readonly domain: string; readonly grade: Grade }[];
  readonly overall: Grade;
  readonly note: string;
}

/**
 * The audit moderated, or what is wrong. A submitted audit is moderated once, by someone other than
 * its auditor (by the named moderator when one was named), who grades every domain afresh.
 */
export function applyModeration(audit: CaseAudit, by: string, work: ModerationWork, at: string): { audit: CaseAudit } | { problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  if (audit.status !== 'submitted') problems.push({ field: 'status', message: audit.status === 'moderated' ? 'The audit was moderated already.' : 'Only a submitted audit can be moderated.' });
  if (by === audit.auditor) problems.push({ field: 'moderator', message: 'The auditor cannot moderate their own audit: ask someone else.' });
  else if (audit.moderator !== null && by !== audit.moderator) problems.push({ field: 'moderator', message: `This audit is for ${audit.moderator} to moderate.` });
  const byDomain = new Map<string, Grade>();
  work.grades.forEach((g, i) => {
    if (!audit.template.domains.some((d) => d.id === g.domain)) problems.push({ field: `grades/${i}/domain`, message: `"${g.domain}" is not a domain of this audit's template.` });
    else if (byDomain.has(g.domain)) problems.push({ field: `grades/${i}/domain`, message: `"${g.domain}" is graded twice.` });
    else if (!isGrade(g.grade)) problems.push({ field: `grades/${i}/grade`, message: `"${String(g.grade)}" is not a grade.` });
    byDomain.set(g.domain, g.grade);
  });
  for (const d of audit.template.domains) if (!byDomain.has(d.id)) problems.push({ field: `grades/${d.id}/grade`, message: `Select a grade for ${d.title.toLowerCase()}.` });
  if (!isGrade(work.overall)) problems.push({ field: 'overall', message: `"${String(work.overall)}" is not a grade.` });
  if (work.note.length > TEXT_LIMITS.note) problems.push({ field: 'note', message: `The note must be at most ${TEXT_LIMITS.note} characters.` });
  if (problems.length) return { problems };
  const grades = audit.template.domains.map((d) => ({ domain: d.id, grade: byDomain.get(d.id)! }));
  return { audit: { ...audit, status: 'moderated', moderation: { by, at, grades, overall: work.overall, note: work.note.trim() }, updatedBy: by, updatedAt: at } };
}

/** The grades that count: the moderator's where the audit was moderated, else the auditor's. */
export function finalGrades(audit: CaseAudit): { overall: Grade | null; domains: ReadonlyMap<string, Grade> } {
  const source = audit.moderation ?? { overall: audit.overall, grades: audit.grades };
  const domains = new Map<string, Grade>();
  for (const g of source.grades) if (g.grade !== null) domains.set(g.domain, g.grade);
  return { overall: source.overall, domains };
}

/** Submitted or moderated: the audits whose grades the dashboard counts. */
export const isComplete = (audit: CaseAudit): boolean => audit.status === 'submitted' || audit.status === 'moderated';
