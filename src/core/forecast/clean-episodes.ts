import { addMonths, dayNumber, fromDayNumber } from '../model/dates.ts';
import { costItemOf } from './cost-items.ts';
import type { DemandData } from './demand-data.ts';
import { ageInYears, bracketBoundaries, bracketOf, modelledCategory, NOT_IN_CARE } from './states.ts';

/** One cleaned, aged episode piece, in day numbers (days since 1970-01-01). */
export interface ModelEpisode {
  readonly child: string;
  readonly start: number;
  /** Null while the episode is still open. */
  readonly end: number | null;
  readonly startAge: number;
  readonly endAge: number;
  readonly bracket: number;
  readonly endBracket: number;
  /** Modelled category (placement category, with provision when modelled). */
  readonly category: string;
  /** The previous piece's category if contiguous, else NOT_IN_CARE. */
  readonly before: string;
  /** The next piece's category if contiguous, NOT_IN_CARE if the child left care, null while open. */
  readonly after: string | null;
  readonly costItem: string;
  readonly RNE: string | null;
  readonly REC: string | null;
}

export interface CleanOptions {
  /** Model in-house vs external provision as part of the category. */
  readonly withProvision?: boolean;
  readonly uasc?: 'all' | 'only' | 'exclude';
}

export interface CleanedData {
  readonly episodes: readonly ModelEpisode[];
  /** 1 April before the earliest collection year. */
  readonly dataStart: number;
  /** 31 March of the year holding the latest DECOM or DEC. */
  readonly dataEnd: number;
  /** Every change made to the data, in plain words. */
  readonly notes: readonly string[];
}

interface Row {
  child: string;
  dob: number;
  start: number;
  end: number | null;
  RNE: string | null;
  REC: string | null;
  PLACE: string | null;
  PLACE_PROVIDER: string | null;
}

/**
 * The reference model's fitting data preparation (forecasting.md §1.3): join, de-duplicate, trim overlaps,
 * merge legal-status-only episodes, split at the birthdays that change age bracket, and link each piece to
 * its neighbours. Returns an error when nothing usable is left.
 */
export function cleanEpisodes(data: DemandData, options: CleanOptions = {}): CleanedData | { readonly error: string; readonly notes: readonly string[] } {
  const notes: string[] = [];
  const dobOf = latestDob(data);
  const uasc = new Set(data.uasc.map((u) => u.CHILD));
  const filter = options.uasc ?? 'all';
  let noChild = 0;
  let noDates = 0;
  let outOfOrder = 0;
  let filtered = 0;
  const rows: Row[] = [];
  for (const e of data.episodes) {
    if (!e.CHILD) { noChild++; continue; }
    if (filter !== 'all' && uasc.has(e.CHILD) !== (filter === 'only')) { filtered++; continue; }
    const dob = dobOf.get(e.CHILD);
    const start = e.DECOM ? dayNumber(e.DECOM) : Number.NaN;
    const end = e.DEC ? dayNumber(e.DEC) : null;
    if (dob === undefined || Number.isNaN(start) || (end !== null && Number.isNaN(end))) { noDates++; continue; }
    // Our change: the reference model keeps an episode ending before it began, counting the child negatively.
    if (end !== null && end < start) { outOfOrder++; continue; }
    rows.push({ child: e.CHILD, dob, start, end, RNE: e.RNE, REC: e.REC, PLACE: e.PLACE, PLACE_PROVIDER: e.PLACE_PROVIDER });
  }
  if (noChild) notes.push(`${noChild} episode${s(noChild)} with no CHILD dropped.`);
  if (noDates) notes.push(`${noDates} episode${s(noDates)} with no usable DECOM, DEC or date of birth dropped.`);
  if (outOfOrder) notes.push(`${outOfOrder} episode${s(outOfOrder)} ending before the day ${outOfOrder > 1 ? 'they' : 'it'} began (DEC before DECOM) dropped.`);
  if (filtered) notes.push(`${filtered} episode${s(filtered)} left out by the UASC filter (${filter}).`);
  if (rows.length === 0) return { error: 'no episode has a child, a start date (DECOM) and a date of birth', notes };

  const kept = deduplicate(rows, notes);
  const years = data.episodes.map((e) => e.YEAR).filter((y) => Number.isInteger(y) && y > 1900);
  // Without a collection year, the year of the earliest DECOM.
  const firstYear = years.length > 0 ? Math.min(...years) : yearEnding(Math.min(...kept.map((r) => r.start)));
  const dataStart = dayNumber(`${firstYear - 1}-04-01`);
  const dataEnd = dayNumber(`${yearEnding(Math.max(...kept.map((r) => Math.max(r.start, r.end ?? r.start))))}-03-31`);
  const merged = mergeRedundant(kept, notes);
  const pieces = splitAtBirthdays(merged, dataEnd, notes);
  return { episodes: link(pieces, options.withProvision ?? false), dataStart, dataEnd, notes };
}

function s(n: number): string {
  return n === 1 ? '' : 's';
}

/** Date of birth from each child's latest header row. */
function latestDob(data: DemandData): Map<string, number> {
  const latest = new Map<string, { year: number; dob: number }>();
  for (const h of data.header) {
    const seen = latest.get(h.CHILD);
    if (seen && seen.year > h.YEAR) continue;
    const dob = h.DOB ? dayNumber(h.DOB) : Number.NaN;
    if (!Number.isNaN(dob)) latest.set(h.CHILD, { year: h.YEAR, dob });
    else latest.delete(h.CHILD);
  }
  return new Map([...latest].map(([child, v]) => [child, v.dob]));
}

/**
 * Sort by CHILD, DECOM, DEC (open first); keep the last of each (CHILD, DECOM) (the closed copy of an
 * episode reported open the year before), then the first of each (CHILD, DEC) (the longer one); then
 * an episode open or running past the next one's DECOM ends there.
 */
function deduplicate(rows: Row[], notes: string[]): Row[] {
  // Children ranked once, so that the sort compares numbers, not strings.
  const rank = new Map([...new Set(rows.map((r) => r.child))].sort().map((child, i) => [child, i]));
  const order = rows.map((r) => rank.get(r.child)!);
  const index = rows.map((_, i) => i);
  index.sort((a, b) => order[a]! - order[b]! || rows[a]!.start - rows[b]!.start || (rows[a]!.end ?? -Infinity) - (rows[b]!.end ?? -Infinity));
  const sorted = index.map((i) => rows[i]!);
  const byStart = sorted.filter((r, i) => !(sorted[i + 1]?.child === r.child && sorted[i + 1]!.start === r.start));
  const kept: Row[] = [];
  // Ends seen for the current child (NaN stands for open).
  const seenEnd = new Set<number>();
  for (let i = 0; i < byStart.length; i++) {
    const r = byStart[i]!;
    if (byStart[i - 1]?.child !== r.child) seenEnd.clear();
    const key = r.end ?? Number.NaN;
    if (seenEnd.has(key)) continue;
    seenEnd.add(key);
    kept.push(r);
  }
  const duplicates = rows.length - kept.length;
  if (duplicates) notes.push(`${duplicates} duplicate episode${s(duplicates)} (same child and DECOM, or same child and DEC) removed.`);
  let trimmed = 0;
  for (let i = 0; i + 1 < kept.length; i++) {
    const r = kept[i]!;
    const next = kept[i + 1]!;
    if (next.child === r.child && (r.end === null || r.end > next.start)) {
      r.end = next.start;
      trimmed++;
    }
  }
  if (trimmed) notes.push(`${trimmed} episode${s(trimmed)} left open or overlapping the next ended at the next one's DECOM.`);
  return kept;
}

/** The calendar year in which the collection year holding a day ends (31 March). */
function yearEnding(day: number): number {
  const iso = fromDayNumber(day);
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 4 ? year + 1 : year;
}

const STATUS_ONLY = new Set(['L', 'T', 'U']);

/** Legal-status-only (and status-only) changes contiguous with the previous episode are one placement. */
function mergeRedundant(rows: readonly Row[], notes: string[]): Row[] {
  const out: Row[] = [];
  for (const r of rows) {
    const prev = out[out.length - 1];
    if (prev && prev.child === r.child && prev.end === r.start && r.RNE !== null && STATUS_ONLY.has(r.RNE.trim().toUpperCase())) {
      prev.end = r.end;
      prev.REC = r.REC;
      continue;
    }
    out.push({ ...r });
  }
  const merged = rows.length - out.length;
  if (merged) notes.push(`${merged} episode${s(merged)} that changed only legal or placement status (RNE L, T or U) merged into the episode before.`);
  return out;
}

interface Piece extends Row {
  startAge: number;
  endAge: number;
}

/**
 * An episode crossing a bracket boundary is cut at the calendar birthday: the piece before ends with
 * REC "Age" and end age exactly the boundary, the piece after starts with RNE "Age", so ageing is an
 * observed transition like any other.
 */
function splitAtBirthdays(rows: readonly Row[], dataEnd: number, notes: string[]): Piece[] {
  const out: Piece[] = [];
  let splits = 0;
  for (const r of rows) {
    const lastDay = r.end ?? dataEnd;
    let piece: Piece = { ...r, startAge: ageInYears(r.dob, r.start), endAge: ageInYears(r.dob, lastDay) };
    for (const k of bracketBoundaries) {
      if (!(piece.startAge < k && piece.endAge > k)) continue;
      const birthday = dayNumber(addMonths(fromDayNumber(r.dob), 12 * k));
      // An open episode is cut on a birthday up to the last data day; a closed one strictly inside.
      if (birthday <= piece.start || (r.end === null ? birthday > dataEnd : birthday >= r.end)) continue;
      out.push({ ...piece, end: birthday, endAge: k, REC: 'Age' });
      piece = { ...piece, start: birthday, startAge: k, RNE: 'Age' };
      splits++;
    }
    out.push(piece);
  }
  if (splits) notes.push(`${splits} episode${s(splits)} split at a birthday that moves the child to the next age bracket.`);
  return out;
}

function link(pieces: readonly Piece[], withProvision: boolean): ModelEpisode[] {
  const categories = pieces.map((p) => modelledCategory(p.PLACE, p.PLACE_PROVIDER, withProvision));
  return pieces.map((p, i) => {
    const prev = pieces[i - 1];
    const next = pieces[i + 1];
    const before = prev && prev.child === p.child && prev.end === p.start ? categories[i - 1]! : NOT_IN_CARE;
    const after = p.end === null ? null : next && next.child === p.child && next.start === p.end ? categories[i + 1]! : NOT_IN_CARE;
    return {
      child: p.child, start: p.start, end: p.end, startAge: p.startAge, endAge: p.endAge,
      bracket: bracketOf(p.startAge), endBracket: bracketOf(p.endAge), category: categories[i]!, before, after,
      costItem: costItemOf(p.PLACE, p.PLACE_PROVIDER), RNE: p.RNE, REC: p.REC,
    };
  });
}
