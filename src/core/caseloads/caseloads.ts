import type { ChildFacts } from '../indicators/child-facts.ts';
import type { Period } from '../indicators/period.ts';
import type { Allocation } from '../drift/worklist.ts';
import type { IsoDate } from '../model/dates.ts';
import { CASE_KINDS, caseWorkerOn, openCaseOn, type CaseKind } from './open-case.ts';

/**
 * The caseload limit a council starts with: 18 children per social worker. It is a common local target,
 * not law (no national cap exists; the 2009 Social Work Taskforce declined to set one): Manchester's
 * published aim was to bring its average from 24 to 18 ("'We want social workers to do real social
 * work': the councils cutting caseloads", The Guardian, 13 December 2016), close to England's average of
 * 17.8 in the DfE's workforce statistics for September 2017. Each council sets its own
 * (council setting 'caseload-limit').
 */
export const DEFAULT_CASELOAD_LIMIT = 18;
export const CASELOAD_LIMIT_RANGE = { min: 1, max: 60 } as const;

export interface WorkerCaseload {
  /** The worker's id: the SSDA903's SW_ID or the case management system's, never a name. */
  readonly worker: string;
  /** The team holding most of the worker's children (the 903 names no team); null when none has one. */
  readonly team: string | null;
  readonly children: number;
  readonly overLimit: boolean;
}

export interface TeamCaseload {
  readonly team: string;
  /** Children allocated to the team with an open case. */
  readonly openCases: number;
  /** Of those, the ones with no social worker. */
  readonly unallocated: number;
  /** Workers whose caseload is mostly this team's. */
  readonly workers: number;
  readonly averageCaseload: number | null;
  readonly highestCaseload: number | null;
  readonly overLimit: number;
}

export interface UnallocatedChild {
  readonly childId: string;
  readonly team: string | null;
  readonly kind: CaseKind;
}

export interface CaseloadSummary {
  readonly openCases: number;
  readonly workers: number;
  /** Mean children per worker, to one decimal place; null with no worker. */
  readonly averageCaseload: number | null;
  readonly highestCaseload: number | null;
  readonly overLimit: number;
  readonly unallocated: number;
  /** Open cases and those with no worker, by kind of case. */
  readonly byKind: Readonly<Record<CaseKind, { readonly open: number; readonly unallocated: number }>>;
}

export interface Caseloads {
  readonly on: IsoDate;
  readonly limit: number;
  readonly summary: CaseloadSummary;
  /** Highest caseload first. */
  readonly workers: readonly WorkerCaseload[];
  readonly teams: readonly TeamCaseload[];
  /** How many workers hold each caseload, from 1 to the highest (or the limit, if higher). */
  readonly distribution: readonly { readonly caseload: number; readonly workers: number }[];
  readonly unallocated: readonly UnallocatedChild[];
}

/** One month's figures for the trend: taken on the month's last day. */
export interface CaseloadTrendPoint extends Omit<CaseloadSummary, 'byKind'> {
  readonly label: string;
  readonly on: IsoDate;
}

/**
 * Caseloads on a date: each social worker's children with an open case, each team's open cases from the
 * council's allocations, and the children with an open case but no worker. A child's worker is the
 * SSDA903's (SW_ID) while the child is looked after and the return names one; otherwise the one the case
 * management system allocated (`allocations`, by child id); a child with neither is unallocated. With
 * `team`, only that team's workers, cases and children are given.
 */
export function caseloadsOn(children: readonly ChildFacts[], allocations: ReadonlyMap<string, Allocation>, on: IsoDate, limit: number, team?: string): Caseloads {
  const held = new Map<string, Map<string, number>>();
  const unallocated: UnallocatedChild[] = [];
  const open: { kind: CaseKind; team: string | null }[] = [];
  for (const child of children) {
    const kind = openCaseOn(child, on);
    if (!kind) continue;
    const allocation = allocations.get(child.childId);
    const childTeam = allocation?.team ?? null;
    const worker = caseWorkerOn(child, on, allocation?.worker ?? null);
    open.push({ kind, team: childTeam });
    if (!worker) {
      unallocated.push({ childId: child.childId, team: childTeam, kind });
      continue;
    }
    const byTeam = held.get(worker) ?? new Map<string, number>();
    byTeam.set(childTeam ?? '', (byTeam.get(childTeam ?? '') ?? 0) + 1);
    held.set(worker, byTeam);
  }
  const allWorkers = [...held].map(([worker, byTeam]): WorkerCaseload => {
    const children = [...byTeam.values()].reduce((n, x) => n + x, 0);
    return { worker, team: mainTeam(byTeam), children, overLimit: children > limit };
  });
  const inScope = <T extends { team: string | null }>(x: T) => team === undefined || x.team === team;
  const workers = allWorkers.filter(inScope).sort((a, b) => b.children - a.children || a.worker.localeCompare(b.worker));
  const openInScope = open.filter(inScope);
  const unallocatedInScope = unallocated.filter(inScope).sort((a, b) => a.childId.localeCompare(b.childId));
  const teamNames = [...new Set([...allocations.values()].map((a) => a.team).filter((t) => t !== null))].filter((t) => team === undefined || t === team).sort();
  return {
    on,
    limit,
    summary: summarise(openInScope, workers, unallocatedInScope),
    workers,
    teams: teamNames.map((t) => {
      const s = summarise(open.filter((o) => o.team === t), workers.filter((w) => w.team === t), unallocated.filter((u) => u.team === t));
      return { team: t, openCases: s.openCases, unallocated: s.unallocated, workers: s.workers, averageCaseload: s.averageCaseload, highestCaseload: s.highestCaseload, overLimit: s.overLimit };
    }),
    distribution: distribution(workers.map((w) => w.children), limit),
    unallocated: unallocatedInScope,
  };
}

/** Month by month: the figures on each period's last day, with the allocations as they stand now (they keep no history). */
export function caseloadTrend(children: readonly ChildFacts[], allocations: ReadonlyMap<string, Allocation>, periods: readonly Period[], limit: number, team?: string): CaseloadTrendPoint[] {
  return periods.map((p) => {
    const { byKind: _byKind, ...figures } = caseloadsOn(children, allocations, p.end, limit, team).summary;
    return { label: p.label, on: p.end, ...figures };
  });
}

/** How many workers hold each caseload, from 1 up to the highest or the limit, whichever is more. */
export function distribution(caseloads: readonly number[], limit: number): { caseload: number; workers: number }[] {
  const top = Math.max(limit, ...caseloads);
  const counts = Array.from({ length: top }, (_, i) => ({ caseload: i + 1, workers: 0 }));
  for (const c of caseloads) if (c > 0) counts[c - 1]!.workers++;
  return counts;
}

function summarise(open: readonly { kind: CaseKind }[], workers: readonly WorkerCaseload[], unallocated: readonly { kind: CaseKind }[]): CaseloadSummary {
  const loads = workers.map((w) => w.children);
  const total = loads.reduce((n, x) => n + x, 0);
  const byKind = Object.fromEntries(CASE_KINDS.map((k) => [k, { open: open.filter((o) => o.kind === k).length, unallocated: unallocated.filter((u) => u.kind === k).length }])) as Record<CaseKind, { open: number; unallocated: number }>;
  return {
    openCases: open.length,
    workers: workers.length,
    averageCaseload: loads.length ? Math.round((total / loads.length) * 10) / 10 : null,
    highestCaseload: loads.length ? Math.max(...loads) : null,
    overLimit: workers.filter((w) => w.overLimit).length,
    unallocated: unallocated.length,
    byKind,
  };
}

/** The team with most of the worker's children; ties go to the first by name; '' (no team) only when nothing else. */
function mainTeam(byTeam: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let most = 0;
  for (const [t, n] of [...byTeam].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (t === '') continue;
    if (n > most) [best, most] = [t, n];
  }
  return best;
}
