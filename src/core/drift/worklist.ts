import { caseWorkerOn } from '../caseloads/open-case.ts';
import type { IsoDate } from '../model/dates.ts';
import type { ChildFacts } from '../indicators/child-facts.ts';
import { SEVERITY_RANK, type DriftItem } from './rule.ts';

/** Who holds a child's case. */
export interface Allocation {
  readonly team: string | null;
  readonly worker: string | null;
}

export const UNALLOCATED = 'Unallocated';

export interface WorklistEntry extends DriftItem {
  readonly team: string;
  readonly worker: string;
}

/**
 * A team's or a worker's list: the items for their children, most severe first, then longest overdue.
 * Late-but-done items are left off unless asked for: a worklist is for what still needs doing.
 */
export function worklist(items: readonly DriftItem[], filter: { team?: string; worker?: string; includeLate?: boolean }, allocations: ReadonlyMap<string, Allocation>): WorklistEntry[] {
  const entries: WorklistEntry[] = [];
  for (const item of items) {
    if (item.state === 'late' && !filter.includeLate) continue;
    const a = allocations.get(item.childId);
    const team = a?.team ?? UNALLOCATED;
    const worker = a?.worker ?? UNALLOCATED;
    if ((filter.team !== undefined && filter.team !== team) || (filter.worker !== undefined && filter.worker !== worker)) continue;
    entries.push({ ...item, team, worker });
  }
  return entries.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.overdueWorkingDays - a.overdueWorkingDays || a.id.localeCompare(b.id));
}

/**
 * Who holds each child's case on the date: the team from the council's allocations (`allocated`, by
 * child id; the 903 names no team), and the worker by `caseWorkerOn` (the 903's SW_ID while the child is
 * looked after and the return names one, else the allocated worker). Every child has an entry, null
 * where nothing names a team or worker.
 */
export function allocationsOn(children: readonly ChildFacts[], at: IsoDate, allocated: ReadonlyMap<string, Allocation> = new Map()): Map<string, Allocation> {
  const map = new Map<string, Allocation>();
  for (const child of children) {
    const a = allocated.get(child.childId);
    map.set(child.childId, { team: a?.team ?? null, worker: caseWorkerOn(child, at, a?.worker ?? null) });
  }
  return map;
}
