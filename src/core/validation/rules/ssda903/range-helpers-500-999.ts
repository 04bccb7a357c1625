import { ageOn, type IsoDate } from '../../../model/dates.ts';
import type { Ad1Field, Dolo, Episode, Missing, PlacedForAdoption } from '../../../model/ssda903.ts';
import { overlaps } from '../../intervals.ts';
import type { Cell, Report } from '../../types.ts';
import type { PostcodeLookup, PostcodePlace } from './reference-data.ts';
import { at, inYear, type Child903, type Ssda903Context } from './ssda903-rule.ts';

/**
 * Facts and checks shared by the SSDA903 rules 500–999 (candidates for the shared frame: see the report).
 * Each is worked out from the per-child facts, never by re-sorting this year's episodes.
 */

/** Reasons an episode ceased that mean the child was adopted. */
export const ADOPTED = new Set(['E11', 'E12']);

/** The AD1 fields about the adoption (all but the child's id and DOB). */
export const ADOPTION_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const satisfies readonly Ad1Field[];

/** The episode by which the child was adopted in the year (ending E11 or E12 within it), if any. */
export function adoptedInYear(child: Child903, context: Ssda903Context): Episode | undefined {
  return child.facts.episodes.find((e) => e.REC !== null && ADOPTED.has(e.REC) && e.DEC !== null && inYear(context, e.DEC));
}

/** Placed for adoption (A3–A6). */
export const PLACED_FOR_ADOPTION = new Set(['A3', 'A4', 'A5', 'A6']);

/** The DfE's female SEX code in a return year (2 to 2023/24, F from 2024/25). */
export function female(context: Ssda903Context): string {
  return context.endYear >= 2025 ? 'F' : '2';
}

const lastYearOpen = new WeakMap<readonly Episode[], Episode | null>();

/**
 * The episode last year's return ended with, when it was still open at 31 March (no DEC); null when last
 * year's record ended closed or the child was not in it. Worked out once per child for the ten rules 502 and 503A–503J.
 */
export function openAtEndOfLastYear(child: Child903): Episode | null {
  const episodes = child.previous?.episodes;
  if (!episodes || episodes.length === 0) return null;
  let open = lastYearOpen.get(episodes);
  if (open === undefined) {
    let last: Episode | null = null;
    for (const e of episodes) if (e.DECOM !== null && (last === null || e.DECOM >= last.DECOM!)) last = e;
    open = last !== null && last.DEC === null ? last : null;
    lastYearOpen.set(episodes, open);
  }
  return open;
}

/** The episode with which the child ceased to be looked after (the final episode, when it has a DEC), else null. */
export function ceasedEpisode(child: Child903): Episode | null {
  const last = child.facts.episodes[child.facts.episodes.length - 1];
  return last !== undefined && last.DEC !== null ? last : null;
}

/** The child's date of birth: the header's, else the row's own (the satellite tables repeat it). */
export function dobOf(child: Child903, rowDob: IsoDate | null): IsoDate | null {
  return child.facts.header?.DOB ?? rowDob;
}

/** Age in whole years at 31 March, the DfE's age for the OC2 rules. */
export function ageAtYearEnd(dob: IsoDate, context: Ssda903Context): number {
  return ageOn(dob, context.referenceDate);
}

/** A cell of a row the child should have but does not (e.g. no OC2 row): the table and field, no value, no line. */
export function absentCell(table: string, field: string): Cell {
  return { table, field, value: null };
}

/** A spell table (Missing, DoLo) read through its start and end fields. */
export interface SpellFields<R> {
  readonly start: (row: R) => IsoDate | null;
  readonly end: (row: R) => IsoDate | null;
  readonly startCell: (row: R) => Cell;
  readonly endCell: (row: R) => Cell;
}

export const missingSpell: SpellFields<Missing> = {
  start: (r) => r.MIS_START,
  end: (r) => r.MIS_END,
  startCell: (r) => at.missing(r, 'MIS_START'),
  endCell: (r) => at.missing(r, 'MIS_END'),
};

export const doloSpell: SpellFields<Dolo> = {
  start: (r) => r.DOLO_START,
  end: (r) => r.DOLO_END,
  startCell: (r) => at.dolo(r, 'DOLO_START'),
  endCell: (r) => at.dolo(r, 'DOLO_END'),
};

/** Reports each spell that starts while an earlier one is still open (574, 705), with the earlier spell's end as related cell. */
export function reportOverlaps<R>(rows: readonly R[], f: SpellFields<R>, report: Report): void {
  if (rows.length < 2) return;
  for (const [earlier, later] of overlaps(rows.map((item) => ({ item, start: f.start(item), end: f.end(item) })))) {
    report(f.startCell(later), [f.endCell(earlier)]);
  }
}

/** Reports each spell open at the end of last year's return that this year's return does not carry on with the same start (576, 706). */
export function reportOpenNotCarried<R>(previous: readonly R[], current: readonly R[], f: SpellFields<R>, report: Report): void {
  for (const old of previous) {
    const start = f.start(old);
    if (start === null || f.end(old) !== null) continue;
    if (!current.some((row) => f.start(row) === start)) report(at.previous(f.startCell(old)));
  }
}

/** Reports each open spell of a child who ceased to be looked after (577, 707), with the episode's DEC as related cell. */
export function reportOpenAfterCare<R>(child: Child903, rows: readonly R[], f: SpellFields<R>, report: Report): void {
  const ceased = ceasedEpisode(child);
  if (ceased === null) return;
  for (const row of rows) if (f.start(row) !== null && f.end(row) === null) report(f.endCell(row), [at.episode(ceased, 'DEC')]);
}

const places = new WeakMap<PostcodeLookup, Map<string, PostcodePlace | undefined>>();

/**
 * The place of a postcode, or undefined when there is no postcode or the lookup does not know it (rules on
 * postcodes report that). Remembered by the postcode as written, since the same few postcodes recur across
 * a council's children and the 503 rules look each up several times.
 */
export function placeOf(context: Ssda903Context, postcode: string | null): PostcodePlace | undefined {
  const lookup = context.postcodes;
  if (postcode === null || lookup === null) return undefined;
  let known = places.get(lookup);
  if (!known) places.set(lookup, (known = new Map()));
  if (known.has(postcode)) return known.get(postcode);
  const place = postcode.trim() === '' ? undefined : lookup.find(postcode);
  known.set(postcode, place);
  return place;
}

/** The latest decision to place for adoption (by DATE_PLACED; the last in the file on a tie), the one an adoption follows. */
export function latestDecision(rows: readonly PlacedForAdoption[]): PlacedForAdoption | undefined {
  let latest: PlacedForAdoption | undefined;
  for (const p of rows) if (p.DATE_PLACED !== null && (latest === undefined || p.DATE_PLACED >= latest.DATE_PLACED!)) latest = p;
  return latest;
}

/** The earliest decision to place for adoption. */
export function earliestDecision(rows: readonly PlacedForAdoption[]): PlacedForAdoption | undefined {
  let earliest: PlacedForAdoption | undefined;
  for (const p of rows) if (p.DATE_PLACED !== null && (earliest === undefined || p.DATE_PLACED < earliest.DATE_PLACED!)) earliest = p;
  return earliest;
}
