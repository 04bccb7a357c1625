import type { CollectionYear } from '../core/model/collection-year.ts';
import type { ReadProblem } from '../core/model/problem.ts';
import type { Finding } from '../core/validation/results.ts';
import type { Cell, Severity } from '../core/validation/types.ts';
import type { Queryable } from './database.ts';
import type { Dataset } from './return-snapshot.ts';

/**
 * The data-quality questions a council asks of its stored returns, answered in SQL: which rules fail and
 * how often, which children have the most to correct, and every finding and reading problem, filtered.
 * A rule's message and how to fix it come from the return's own validation outcomes, once per rule.
 */
export interface Page {
  readonly limit?: number;
  readonly offset?: number;
}

export interface FindingFilter extends Page {
  readonly rule?: string;
  readonly child?: string;
  readonly severity?: Severity;
}

interface FindingRow {
  return_id: number;
  rule: string;
  severity: Severity;
  child_id: string | null;
  table_name: string;
  field: string;
  value: string | null;
  line: number | null;
  related: Cell[];
}

const findingColumns = 'f.return_id::int as return_id, f.rule, f.severity, f.child_id, f.table_name, f.field, f.value, f.line, f.related';

interface RuleText {
  readonly message: string;
  readonly howToFix: string;
}

/** Each rule's DfE message and how to fix it, for some returns, by return and rule. */
async function ruleTexts(q: Queryable, returnIds: readonly number[]): Promise<Map<string, RuleText>> {
  const rows = await q.query<{ return_id: number; code: string; message: string; how_to_fix: string }>(
    `select r.id::int as return_id, o->>'code' as code, o->>'message' as message, o->>'howToFix' as how_to_fix
     from returns r cross join lateral jsonb_array_elements(coalesce(r.validation->'outcomes', '[]'::jsonb)) o
     where r.id = any($1::bigint[])`,
    [returnIds],
  );
  return new Map(rows.map((r) => [`${r.return_id} ${r.code}`, { message: r.message, howToFix: r.how_to_fix }]));
}

function toFinding(row: FindingRow, texts: ReadonlyMap<string, RuleText>): Finding {
  return {
    rule: row.rule,
    severity: row.severity,
    message: texts.get(`${row.return_id} ${row.rule}`)?.message ?? '',
    ...(row.child_id === null ? {} : { child: row.child_id }),
    table: row.table_name,
    field: row.field,
    value: row.value,
    ...(row.line === null ? {} : { line: row.line }),
    related: row.related,
  };
}

/** A return's findings in the order the validator gave them, optionally for one rule, child or severity. */
export async function returnFindings(q: Queryable, returnId: number, filter: FindingFilter = {}): Promise<Finding[]> {
  const rows = await q.query<FindingRow>(
    `select ${findingColumns} from findings f
     where f.return_id = $1 and ($2::text is null or f.rule = $2) and ($3::text is null or f.child_id = $3) and ($4::text is null or f.severity = $4)
     order by f.seq limit $5 offset $6`,
    [returnId, filter.rule ?? null, filter.child ?? null, filter.severity ?? null, filter.limit ?? 1000, filter.offset ?? 0],
  );
  const texts = await ruleTexts(q, [returnId]);
  return rows.map((r) => toFinding(r, texts));
}

export interface RuleSummary extends RuleText {
  readonly rule: string;
  readonly severity: Severity;
  readonly findings: number;
  /** Children with at least one finding of the rule. */
  readonly children: number;
}

/** The rules a return breaks: errors before queries, then the most findings first. */
export async function findingsByRule(q: Queryable, returnId: number): Promise<RuleSummary[]> {
  const rows = await q.query<{ rule: string; severity: Severity; findings: number; children: number }>(
    `select rule, min(severity) as severity, count(*)::int as findings, count(distinct child_id)::int as children
     from findings where return_id = $1 group by rule
     order by min(severity), count(*) desc, rule`,
    [returnId],
  );
  const texts = await ruleTexts(q, [returnId]);
  return rows.map((r) => ({ ...r, message: '', howToFix: '', ...texts.get(`${returnId} ${r.rule}`) }));
}

export interface ChildSummary {
  readonly childId: string;
  readonly errors: number;
  readonly queries: number;
  /** The rules the child's records break, in code order. */
  readonly rules: readonly string[];
}

/** The children of a return with the most to correct first. Findings about the whole return (no child) are left out. */
export async function findingsByChild(q: Queryable, returnId: number, page: Page = {}): Promise<ChildSummary[]> {
  const rows = await q.query<{ child_id: string; errors: number; queries: number; rules: string[] }>(
    `select child_id, count(*) filter (where severity = 'error')::int as errors, count(*) filter (where severity = 'query')::int as queries,
            array_agg(distinct rule order by rule) as rules
     from findings where return_id = $1 and child_id is not null group by child_id
     order by 2 desc, 3 desc, child_id collate "C" limit $2 offset $3`,
    [returnId, page.limit ?? 100, page.offset ?? 0],
  );
  return rows.map((r) => ({ childId: r.child_id, errors: r.errors, queries: r.queries, rules: r.rules }));
}

export interface ChildFinding extends Finding {
  readonly returnId: number;
  readonly dataset: Dataset;
  readonly year: CollectionYear;
}

/** Everything the current returns of a council find wrong with one child's records, newest year first. */
export async function childFindings(q: Queryable, la: string, childId: string): Promise<ChildFinding[]> {
  const rows = await q.query<FindingRow & { dataset: Dataset; collection_year: CollectionYear }>(
    `select ${findingColumns}, r.dataset, r.collection_year from findings f join returns r on r.id = f.return_id
     where r.la = $1 and r.superseded_by is null and f.child_id = $2
     order by r.collection_year desc, r.dataset, f.seq`,
    [la, childId],
  );
  const texts = await ruleTexts(q, [...new Set(rows.map((r) => r.return_id))]);
  return rows.map((r) => ({ ...toFinding(r, texts), returnId: r.return_id, dataset: r.dataset, year: r.collection_year }));
}

/** What the reader could not take as it stood in a return, in the order it met them, optionally for one child. */
export async function returnProblems(q: Queryable, returnId: number, filter: Page & { readonly child?: string } = {}): Promise<ReadProblem[]> {
  const rows = await q.query<{ severity: ReadProblem['severity']; kind: ReadProblem['kind']; file: string | null; line: number | null; path: string | null; field: string | null; value: string | null; child_id: string | null; message: string }>(
    `select severity, kind, file, line, path, field, value, child_id, message from read_problems
     where return_id = $1 and ($2::text is null or child_id = $2) order by seq limit $3 offset $4`,
    [returnId, filter.child ?? null, filter.limit ?? 1000, filter.offset ?? 0],
  );
  return rows.map((r) => {
    const problem: { -readonly [K in keyof ReadProblem]: ReadProblem[K] } = { severity: r.severity, kind: r.kind, message: r.message };
    if (r.file !== null) problem.file = r.file;
    if (r.line !== null) problem.line = r.line;
    if (r.path !== null) problem.path = r.path;
    if (r.field !== null) problem.field = r.field;
    if (r.value !== null) problem.value = r.value;
    if (r.child_id !== null) problem.child = r.child_id;
    return problem;
  });
}
