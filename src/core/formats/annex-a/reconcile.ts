import type { AnnexAData, AnnexARecord } from '../../model/annex-a.ts';
import { annexALists } from './template.ts';

/** One place where a council's Annex A and its CIN census / SSDA903 returns disagree as of the same date. */
export interface Disagreement {
  readonly kind: 'only-in-annex-a' | 'only-in-returns' | 'count-differs' | 'rows-differ';
  readonly list: number;
  readonly child?: string;
  readonly field?: string;
  readonly annexA?: number | string | null;
  readonly returns?: number | string | null;
  readonly message: string;
}

/** The lists whose children are a status at the date (on a plan, in care), with the column that ends it. */
const STATUS: readonly { list: number; what: string; end: string }[] = [
  { list: 6, what: 'a child in need', end: 'CIN Closure Date' },
  { list: 7, what: 'on a child protection plan', end: 'Child Protection Plan End Date' },
  { list: 8, what: 'looked after', end: 'Date Ceased to be Looked After' },
];

/** Counts Annex A states per child that the returns' events can recount. */
const COUNTS: readonly { list: number; field: string }[] = [
  { list: 3, field: 'Number of Referrals in Last 12 Months' },
  { list: 5, field: 'Number of Section 47 Enquiries in the last 12 months' },
  { list: 5, field: 'Number of ICPCs in the last 12 months' },
  { list: 7, field: 'Number of Previous Child Protection Plans' },
  { list: 8, field: 'Number of Placements in the Last 12 months' },
  { list: 8, field: "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months" },
  { list: 8, field: "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months" },
];

function childOf(r: AnnexARecord): string | null {
  const id = r.values['Child Unique ID'];
  return typeof id === 'string' && id !== '' ? id : null;
}

/**
 * Where a council's Annex A (what it gave, or would give, Ofsted) and the annual returns disagree for
 * the same date: a child open on a list (in need, on a CP plan, in care) in one and not the other, the
 * size of each list, and the counts Annex A asserts per child (referrals, placements, missing episodes
 * in the last 12 months) against those recounted from the returns' events. `fromReturns` is the Annex A
 * Sightline produces from the CIN census and SSDA903 alone, for the same date and period.
 */
export function reconcileAnnexA(annexA: AnnexAData, fromReturns: AnnexAData): Disagreement[] {
  const out: Disagreement[] = [];
  for (const list of annexALists) {
    if (list.list === 1 || list.list === 2 || list.list === 11) continue; // only Annex A records these
    const given = annexA.lists[list.list]?.length ?? 0;
    const recounted = fromReturns.lists[list.list]?.length ?? 0;
    if (given !== recounted) {
      out.push({ kind: 'rows-differ', list: list.list, annexA: given, returns: recounted, message: `List ${list.list} (${list.subject}) has ${given} rows in the Annex A and ${recounted} from the returns.` });
    }
  }
  for (const { list, what, end } of STATUS) {
    const open = (data: AnnexAData) => new Set((data.lists[list] ?? []).filter((r) => r.values[end] === null || r.values[end] === undefined).map(childOf).filter((c) => c !== null));
    const a = open(annexA);
    const r = open(fromReturns);
    for (const child of [...a].filter((c) => !r.has(c)).sort()) {
      out.push({ kind: 'only-in-annex-a', list, child, message: `Child ${child} is ${what} on ${annexA.at} in the Annex A (list ${list}) but not in the CIN census / SSDA903.` });
    }
    for (const child of [...r].filter((c) => !a.has(c)).sort()) {
      out.push({ kind: 'only-in-returns', list, child, message: `Child ${child} is ${what} on ${annexA.at} in the CIN census / SSDA903 but not in the Annex A (list ${list}).` });
    }
  }
  for (const { list, field } of COUNTS) {
    const byChild = (data: AnnexAData) => new Map((data.lists[list] ?? []).map((r) => [childOf(r), r.values[field] ?? null] as const));
    const recounted = byChild(fromReturns);
    for (const [child, given] of byChild(annexA)) {
      if (child === null || !recounted.has(child) || given === null) continue;
      const theirs = recounted.get(child) ?? null;
      if (theirs !== null && theirs !== given) {
        out.push({ kind: 'count-differs', list, child, field, annexA: given, returns: theirs, message: `Child ${child}, list ${list}: "${field}" is ${given} in the Annex A and ${theirs} from the returns.` });
      }
    }
  }
  return out;
}
