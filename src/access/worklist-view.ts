import { returnReason, type Acknowledgement } from '../core/drift/acknowledgement.ts';
import { DRIFT_RULES } from '../core/drift/rules.ts';
import { allocationsOn, UNALLOCATED, worklist, type Allocation, type WorklistEntry } from '../core/drift/worklist.ts';
import type { IsoDate } from '../core/model/dates.ts';
import type { CouncilFigures } from './council-figures.ts';
import type { WorklistItemView, WorklistView } from './views.ts';

const ruleTitles = new Map(DRIFT_RULES.map((r) => [r.id, r.title]));

/** Every item of the council with its team and worker, in worklist order, and the teams and workers there are. */
interface WorklistBase {
  readonly entries: readonly WorklistEntry[];
  readonly teams: readonly string[];
  readonly workers: readonly string[];
}

/** Made once per set of figures and of allocations: each list asked for is a filter of it. */
const bases = new WeakMap<CouncilFigures, { stored: ReadonlyMap<string, Allocation>; base: WorklistBase }>();

/** Each child's worker is the 903's while looked after, else the allocated one (`allocationsOn`). */
function worklistBase(figures: CouncilFigures, stored: ReadonlyMap<string, Allocation>): WorklistBase {
  const known = bases.get(figures);
  if (known?.stored === stored) return known.base;
  const allocations = allocationsOn(figures.children, figures.at, stored);
  const values = (pick: (a: Allocation) => string | null) => [...new Set([...allocations.values()].map((a) => pick(a) ?? UNALLOCATED))].sort();
  const base = { entries: worklist(figures.drift.items, {}, allocations), teams: values((a) => a.team), workers: values((a) => a.worker) };
  bases.set(figures, { stored, base });
  return base;
}

/**
 * A team's or a worker's worklist from the council's drift items: most severe first, then longest
 * overdue. Items acknowledged, and not back (see `returnReason`), are listed apart; `visible` narrows to
 * the children the viewer may see (a social worker's team's).
 */
export function worklistView(
  figures: CouncilFigures,
  allocations: ReadonlyMap<string, Allocation>,
  acknowledgements: ReadonlyMap<string, Acknowledgement>,
  filter: { team?: string | undefined; worker?: string | undefined; limit: number },
  today: IsoDate,
  visible: (childId: string) => boolean,
): WorklistView {
  const base = worklistBase(figures, allocations);
  const shown: WorklistItemView[] = [];
  const acknowledged: WorklistItemView[] = [];
  let total = 0;
  for (const e of base.entries) {
    if ((filter.team && e.team !== filter.team) || (filter.worker && e.worker !== filter.worker) || !visible(e.childId)) continue;
    const ack = acknowledgements.get(e.id);
    const returned = ack ? returnReason(e, ack, today) : null;
    if (ack && returned === null) {
      if (acknowledged.length < filter.limit) acknowledged.push(itemView(e, { by: ack.by, at: ack.at, reason: ack.reason, until: ack.until, returned }));
    } else {
      if (shown.length < filter.limit) shown.push(itemView(e, ack ? { by: ack.by, at: ack.at, reason: ack.reason, until: ack.until, returned } : null));
      total++;
    }
  }
  return {
    la: figures.la,
    at: figures.at,
    total,
    teams: base.teams,
    workers: base.workers,
    items: shown,
    acknowledged,
    notRun: figures.drift.notRun.map((n) => ({ rule: n.rule.title, reason: n.reason })),
  };
}

function itemView(e: WorklistEntry, acknowledgement: WorklistItemView['acknowledgement']): WorklistItemView {
  return {
    id: e.id, childId: e.childId, rule: e.rule, title: ruleTitles.get(e.rule) ?? e.rule, what: e.what, since: e.since, due: e.due,
    overdueWorkingDays: e.overdueWorkingDays, severity: e.severity, state: e.state, team: e.team, worker: e.worker, acknowledgement,
  };
}
