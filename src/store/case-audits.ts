import type { AuditChange, AuditStatus, CaseAudit, DomainGrade, Moderation } from '../core/case-audits/audit.ts';
import type { Grade } from '../core/inspections/grade.ts';
import type { AuditSample, AuditSampleSummary, SampleMethod, SampleSource } from '../core/case-audits/sampling.ts';
import type { AuditDomain, AuditTemplate } from '../core/case-audits/template.ts';
import type { Queryable } from './database.ts';

/**
 * Case audits as stored (migration 008): a council's templates, the samples drawn and each child's
 * audit, with every change to an audit kept with who made it and when. Templates and samples are only
 * ever added; an audit changes only through `saveAudit`, which keeps the change beside it.
 */

const iso = (v: Date | string): string => new Date(v).toISOString();

export async function insertTemplate(q: Queryable, la: string, template: Omit<AuditTemplate, 'id'>, by: string): Promise<AuditTemplate> {
  const [row] = await q.query<{ id: number }>(
    'insert into case_audit_templates (la, name, domains, created_by) values ($1, $2, $3, $4) returning id::int as id',
    [la, template.name, JSON.stringify(template.domains), by],
  );
  return { id: String(row!.id), ...template };
}

/** The council's own templates, oldest first (the shipped default is not stored). */
export async function councilTemplates(q: Queryable, la: string): Promise<AuditTemplate[]> {
  const rows = await q.query<{ id: number; name: string; domains: AuditDomain[] }>('select id::int as id, name, domains from case_audit_templates where la = $1 order by id', [la]);
  return rows.map((r) => ({ id: String(r.id), name: r.name, domains: r.domains }));
}

/**
 * Stores a sample and a planned audit for each of its children, each audit's first change recorded.
 * Run it in a transaction: all of it is stored or none.
 */
export async function insertSample(
  q: Queryable,
  la: string,
  sample: Omit<AuditSample, 'id' | 'drawnAt'>,
  audits: readonly { childId: string; auditor: string; moderator: string | null }[],
): Promise<{ sample: AuditSample; audits: CaseAudit[] }> {
  const templateId = sample.template.id === 'default' ? null : Number(sample.template.id);
  const [row] = await q.query<{ id: number; drawn_at: Date | string }>(
    `insert into case_audit_samples (la, template_id, template, method, source, seed, requested, drawn_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id::int as id, drawn_at`,
    [la, templateId, JSON.stringify(sample.template), sample.method, JSON.stringify(sample.source), sample.seed, sample.requested, sample.drawnBy],
  );
  const stored: AuditSample = { ...sample, id: row!.id, drawnAt: iso(row!.drawn_at) };
  const grades: DomainGrade[] = sample.template.domains.map((d) => ({ domain: d.id, grade: null, text: '' }));
  const planned: CaseAudit[] = [];
  for (const a of audits) {
    const [inserted] = await q.query<{ id: number }>(
      `insert into case_audits (la, sample_id, child_id, auditor, moderator, status, grades, updated_by, updated_at)
       values ($1, $2, $3, $4, $5, 'planned', $6, $7, $8) returning id::int as id`,
      [la, stored.id, a.childId, a.auditor, a.moderator, JSON.stringify(grades), sample.drawnBy, stored.drawnAt],
    );
    const audit: CaseAudit = {
      id: inserted!.id, sampleId: stored.id, childId: a.childId, template: sample.template, auditor: a.auditor, moderator: a.moderator, status: 'planned',
      grades, overall: null, summary: '', themes: [], submittedAt: null, moderation: null, updatedBy: sample.drawnBy, updatedAt: stored.drawnAt,
    };
    await recordChange(q, audit, 'planned');
    planned.push(audit);
  }
  return { sample: stored, audits: planned };
}

/** The council's samples, newest first, with how far their audits have got. */
export async function councilSamples(q: Queryable, la: string): Promise<AuditSampleSummary[]> {
  const rows = await q.query<SampleRow & { statuses: Record<AuditStatus, number> | null }>(
    `select s.id::int as id, s.template, s.method, s.source, s.seed, s.requested, s.drawn_by, s.drawn_at,
            (select jsonb_object_agg(status, n) from (select status, count(*)::int as n from case_audits a where a.sample_id = s.id group by status) c) as statuses
     from case_audit_samples s where s.la = $1 order by s.id desc`,
    [la],
  );
  return rows.map((r) => ({ ...sampleOf(r), audits: { planned: 0, 'in-progress': 0, submitted: 0, moderated: 0, ...r.statuses } }));
}

export async function councilSample(q: Queryable, la: string, id: number): Promise<AuditSample | null> {
  const rows = await q.query<SampleRow>(
    'select id::int as id, template, method, source, seed, requested, drawn_by, drawn_at from case_audit_samples where la = $1 and id = $2',
    [la, id],
  );
  return rows[0] ? sampleOf(rows[0]) : null;
}

const AUDIT_COLUMNS = `a.id::int as id, a.sample_id::int as sample_id, a.child_id, s.template, a.auditor, a.moderator, a.status, a.grades, a.overall,
  a.summary, a.themes, a.submitted_at, a.moderation, a.updated_by, a.updated_at`;

/** The council's audits (of one sample, or at one stage, if asked), oldest first. */
export async function councilAudits(q: Queryable, la: string, filter: { sampleId?: number | undefined; status?: AuditStatus | undefined } = {}): Promise<CaseAudit[]> {
  const rows = await q.query<AuditRow>(
    `select ${AUDIT_COLUMNS} from case_audits a join case_audit_samples s on s.id = a.sample_id
     where a.la = $1 and ($2::bigint is null or a.sample_id = $2) and ($3::text is null or a.status = $3) order by a.id`,
    [la, filter.sampleId ?? null, filter.status ?? null],
  );
  return rows.map(auditOf);
}

/** One of the council's audits; `lock` holds it until the transaction ends, so two changes cannot cross. */
export async function councilAudit(q: Queryable, la: string, id: number, lock = false): Promise<CaseAudit | null> {
  const rows = await q.query<AuditRow>(
    `select ${AUDIT_COLUMNS} from case_audits a join case_audit_samples s on s.id = a.sample_id where a.la = $1 and a.id = $2${lock ? ' for update of a' : ''}`,
    [la, id],
  );
  return rows[0] ? auditOf(rows[0]) : null;
}

/** Stores the audit as changed and keeps the change (who, when, what it became). Run it in a transaction. */
export async function saveAudit(q: Queryable, audit: CaseAudit, change: 'saved' | 'submitted' | 'moderated'): Promise<void> {
  await q.query(
    `update case_audits set status = $2, grades = $3, overall = $4, summary = $5, themes = $6, submitted_at = $7, moderation = $8, updated_by = $9, updated_at = $10
     where id = $1`,
    [audit.id, audit.status, JSON.stringify(audit.grades), audit.overall, audit.summary, JSON.stringify(audit.themes), audit.submittedAt, audit.moderation ? JSON.stringify(audit.moderation) : null, audit.updatedBy, audit.updatedAt],
  );
  await recordChange(q, audit, change);
}

/** Every change to an audit, oldest first. */
export async function auditChanges(q: Queryable, auditId: number): Promise<AuditChange[]> {
  const rows = await q.query<{ change: AuditChange['change']; state: CaseAudit; changed_by: string; changed_at: Date | string }>(
    'select change, state, changed_by, changed_at from case_audit_changes where audit_id = $1 order by id',
    [auditId],
  );
  return rows.map((r) => ({ change: r.change, by: r.changed_by, at: iso(r.changed_at), state: r.state }));
}

async function recordChange(q: Queryable, audit: CaseAudit, change: AuditChange['change']): Promise<void> {
  await q.query('insert into case_audit_changes (audit_id, change, state, changed_by, changed_at) values ($1, $2, $3, $4, $5)', [audit.id, change, JSON.stringify(audit), audit.updatedBy, audit.updatedAt]);
}

interface SampleRow {
  id: number;
  template: AuditTemplate;
  method: SampleMethod;
  source: SampleSource;
  seed: number;
  requested: number;
  drawn_by: string;
  drawn_at: Date | string;
}

function sampleOf(r: SampleRow): AuditSample {
  return { id: r.id, template: r.template, method: r.method, source: r.source, seed: r.seed, requested: r.requested, drawnBy: r.drawn_by, drawnAt: iso(r.drawn_at) };
}

interface AuditRow {
  id: number;
  sample_id: number;
  child_id: string;
  template: AuditTemplate;
  auditor: string;
  moderator: string | null;
  status: AuditStatus;
  grades: DomainGrade[];
  overall: Grade | null;
  summary: string;
  themes: string[];
  submitted_at: Date | string | null;
  moderation: Moderation | null;
  updated_by: string;
  updated_at: Date | string;
}

function auditOf(r: AuditRow): CaseAudit {
  return {
    id: r.id, sampleId: r.sample_id, childId: r.child_id, template: r.template, auditor: r.auditor, moderator: r.moderator, status: r.status,
    grades: r.grades, overall: r.overall, summary: r.summary, themes: r.themes, submittedAt: r.submitted_at === null ? null : iso(r.submitted_at),
    moderation: r.moderation, updatedBy: r.updated_by, updatedAt: iso(r.updated_at),
  };
}
