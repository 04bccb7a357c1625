import type { CinChild } from '../model/cin.ts';
import type { ReadProblem } from '../model/problem.ts';
import type { Ssda903Return, Ssda903TableName } from '../model/ssda903.ts';

/** What a return holds, in the counts a performance analyst checks first. */
export interface CinCounts {
  children: number;
  CINdetails: number;
  open: number;
  Assessments: number;
  CINPlanDates: number;
  Section47: number;
  ChildProtectionPlans: number;
  CPPreviews: number;
}

export function emptyCinCounts(): CinCounts {
  return { children: 0, CINdetails: 0, open: 0, Assessments: 0, CINPlanDates: 0, Section47: 0, ChildProtectionPlans: 0, CPPreviews: 0 };
}

/** Adds one child to running counts, so a census of any size is summarised as it streams. */
export function countCinChild(counts: CinCounts, child: CinChild): void {
  counts.children += 1;
  for (const d of child.CINdetails) {
    counts.CINdetails += 1;
    if (!d.CINclosureDate) counts.open += 1;
    counts.Assessments += d.Assessments.length;
    counts.CINPlanDates += d.CINPlanDates.length;
    counts.Section47 += d.Section47.length;
    counts.ChildProtectionPlans += d.ChildProtectionPlans.length;
    for (const p of d.ChildProtectionPlans) counts.CPPreviews += p.Reviews.length;
  }
}

export function count903(ret: Ssda903Return): { children: number; rows: Record<Ssda903TableName, number> } {
  const rows = Object.fromEntries(Object.entries(ret.tables).map(([name, r]) => [name, r.length])) as Record<Ssda903TableName, number>;
  const children = new Set([...ret.tables.header.map((r) => r.CHILD), ...ret.tables.episodes.map((r) => r.CHILD)]).size;
  return { children, rows };
}

/** Problems grouped by kind and severity, most frequent first, for a summary line. */
export function tallyProblems(problems: readonly ReadProblem[]): { kind: string; severity: string; count: number }[] {
  const tally = new Map<string, { kind: string; severity: string; count: number }>();
  for (const p of problems) {
    const key = `${p.severity}:${p.kind}`;
    const entry = tally.get(key) ?? { kind: p.kind, severity: p.severity, count: 0 };
    entry.count += 1;
    tally.set(key, entry);
  }
  return [...tally.values()].sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1));
}
