import type { Cell, RuleMeta, Severity } from './types.ts';

/** One broken rule at one cell, in the format shared by every validator. */
export interface Finding extends Cell {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** The LA's child id (CIN LAchildID, SSDA903 CHILD); absent for findings about the whole return. */
  readonly child?: string;
  /** The other cells that make the rule fail. */
  readonly related: readonly Cell[];
}

/** What happened to each rule: every rule of the dataset has one, so nothing is left out silently. */
export type RuleOutcome = RuleOutcomeBase &
  (
    | { readonly status: 'ran'; readonly findings: number }
    | { readonly status: 'not-applicable'; readonly reason: string }
    | { readonly status: 'skipped'; readonly reason: string }
    | { readonly status: 'failed'; readonly error: string; readonly findings: number }
  );

interface RuleOutcomeBase {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly howToFix: string;
}

export interface ValidationCounts {
  readonly records: number;
  readonly errors: number;
  readonly queries: number;
  readonly ran: number;
  readonly notApplicable: number;
  readonly skipped: number;
  readonly failed: number;
}

export interface ValidationReport {
  readonly findings: readonly Finding[];
  /** One per rule of the dataset, in rule-code order. */
  readonly outcomes: readonly RuleOutcome[];
  readonly counts: ValidationCounts;
}

export function outcomeBase(meta: RuleMeta): RuleOutcomeBase {
  return { code: meta.code, severity: meta.severity, message: meta.message, howToFix: meta.howToFix };
}

export function countReport(records: number, findings: readonly Finding[], outcomes: readonly RuleOutcome[]): ValidationCounts {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  const statuses = { ran: 0, 'not-applicable': 0, skipped: 0, failed: 0 };
  for (const o of outcomes) statuses[o.status]++;
  return {
    records,
    errors,
    queries: findings.length - errors,
    ran: statuses.ran,
    notApplicable: statuses['not-applicable'],
    skipped: statuses.skipped,
    failed: statuses.failed,
  };
}

/** One collator for every comparison: `localeCompare` sets one up per call, which costs more than the sort. */
const byText = new Intl.Collator('en').compare;

/** Orders DfE codes numerically (`100` before `1103`, `8525Q` beside `8520`). */
export function compareRuleCodes(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10) || byText(a, b);
}

/** One line for a person: where, which rule, what. */
export function describeFinding(f: Finding): string {
  const where = [f.child && `child ${f.child}`, f.line !== undefined && `line ${f.line}`, `${f.table}/${f.field}`].filter(Boolean).join(', ');
  const value = f.value === null ? 'missing' : `'${f.value}'`;
  return `${where} (${value}): ${f.rule} ${f.message}`;
}
