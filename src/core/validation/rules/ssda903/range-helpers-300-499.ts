import { addMonths, ageOn, daysBetween, type IsoDate } from '../../../model/dates.ts';
import type { Episode } from '../../../model/ssda903.ts';
import type { Cell, Report, RuleMeta } from '../../types.ts';
import { distanceMiles, type PostcodeLookup } from './reference-data.ts';
import { at, childRule, type Child903, type Ssda903Context, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * Code groups and checks shared by the SSDA903 rules 300–499 (candidates for the shared frame): the DfE
 * writes many of these rules as "if code X then the child's age / the episode's length must be …".
 */

export const SHORT_BREAKS: ReadonlySet<string> = new Set(['V3', 'V4']);
export const ADOPTED: ReadonlySet<string> = new Set(['E11', 'E12']);

/** The child's date of birth from the header, the table every other DOB must agree with. */
export function dobOf(child: Child903): IsoDate | null {
  return child.facts.header?.DOB ?? null;
}

/** The date of a birthday (a child born on 29 February has it on 28 February in other years, as in `ageOn`). */
export function birthday(dob: IsoDate, years: number): IsoDate {
  return addMonths(dob, 12 * years);
}

/** The header DOB cell, as the related cell of an age check. */
export function dobCell(child: Child903): Cell[] {
  return child.facts.header ? [at.header(child.facts.header, 'DOB')] : [];
}

/** The last day an episode covers in this return: its DEC, or 31 March while it is open. */
export function lastDay(e: Episode, context: Ssda903Context): IsoDate {
  return e.DEC ?? context.referenceDate;
}

/** A code's trimmed text, so that ` C2` and `C2` compare equal. */
export function code(value: string | null): string | null {
  const t = value?.trim();
  return t ? t : null;
}

/**
 * "Child in placement X (or with reason episode ceased X) should be at least N": the child's age on a
 * date of each matching episode must not be under N (or, with `atLeast` false, must be under N).
 */
export function episodeAgeRule(
  meta: RuleMeta,
  options: {
    readonly field: 'PLACE' | 'REC' | 'LS' | 'RNE';
    readonly codes: ReadonlySet<string>;
    readonly on: 'DECOM' | 'DEC';
    readonly age: number;
    /** True: flag a child younger than `age`; false: flag a child `age` or older. */
    readonly minimum: boolean;
  },
): Ssda903Rule {
  return childRule(meta, (child, _context, report) => {
    const dob = dobOf(child);
    if (dob === null) return;
    for (const e of child.episodes) {
      const value = code(e[options.field]);
      const date = e[options.on];
      if (value === null || date === null || !options.codes.has(value)) continue;
      const age = ageOn(dob, date);
      if (options.minimum ? age < options.age : age >= options.age) {
        report(at.episode(e, options.on), [at.episode(e, options.field), ...dobCell(child)]);
      }
    }
  });
}

/**
 * "Legal status / placement X lasted longer than N days": each run of consecutive episodes with the
 * code (each starting the day the one before ended, e.g. a placement change during police protection)
 * is one spell, whose length from its first DECOM to its last DEC — or 31 March while open — must not
 * exceed N days. The finding is on the run's first episode.
 */
export function spellLengthRule(meta: RuleMeta, field: 'LS' | 'PLACE', codes: ReadonlySet<string>, maxDays: number): Ssda903Rule {
  return childRule(meta, (child, context, report) => {
    const episodes = child.facts.episodes;
    for (let i = 0; i < episodes.length; i++) {
      const first = episodes[i]!;
      const value = code(first[field]);
      if (value === null || !codes.has(value)) continue;
      let last = first;
      while (i + 1 < episodes.length) {
        const next = episodes[i + 1]!;
        if (last.DEC === null || next.DECOM !== last.DEC || code(next[field]) !== value) break;
        last = next;
        i++;
      }
      if (daysBetween(first.DECOM!, lastDay(last, context)) > maxDays) {
        report(at.episode(first, 'DECOM'), [at.episode(first, field), ...(last.DEC === null ? [] : [at.episode(last, 'DEC')])]);
      }
    }
  });
}

/** The child was an unaccompanied asylum-seeking child at some time: a row in the UASC table. */
export function isUasc(child: Child903): boolean {
  return child.uasc.length > 0;
}

/** The placement's council, as the DfE derives PL_LA from the placement postcode; null when unknown. */
export function placementLa(e: Episode, postcodes: PostcodeLookup): string | null {
  const pl = code(e.PL_POST);
  return pl === null ? null : (postcodes.find(pl)?.la ?? null);
}

/** The distance from home to placement, as the DfE derives PL_DISTANCE from the two postcodes; null when it cannot be worked out. */
export function placementDistance(e: Episode, postcodes: PostcodeLookup): number | null {
  const home = code(e.HOME_POST);
  const pl = code(e.PL_POST);
  if (home === null || pl === null) return null;
  const a = postcodes.find(home);
  const b = postcodes.find(pl);
  return a && b ? distanceMiles(a, b) : null;
}

/**
 * Two postcodes written the same once spacing and case are ignored (both blank counts as the same).
 * Compared character by character, as it runs on every episode of several rules.
 */
export function samePostcode(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  const x = a ?? '';
  const y = b ?? '';
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < x.length && isSpace(x.charCodeAt(i))) i++;
    while (j < y.length && isSpace(y.charCodeAt(j))) j++;
    if (i === x.length || j === y.length) return i === x.length && j === y.length;
    if (upper(x.charCodeAt(i)) !== upper(y.charCodeAt(j))) return false;
    i++;
    j++;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160;
}

function upper(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

/** Reports each cell of `fields` on a row that is not blank. */
export function reportGiven<F extends string>(row: { readonly [K in F]: unknown }, fields: readonly F[], cell: (f: F) => Cell, report: Report, related: readonly Cell[] = []): void {
  for (const f of fields) {
    const v = row[f];
    if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) report(cell(f), related);
  }
}

/** The episode the child was adopted at the end of (reason episode ceased E11 or E12), the latest if several. */
export function adoptionEpisode(child: Child903): Episode | null {
  const episodes = child.facts.episodes;
  for (let i = episodes.length - 1; i >= 0; i--) {
    const rec = code(episodes[i]!.REC);
    if (rec !== null && ADOPTED.has(rec)) return episodes[i]!;
  }
  return null;
}

/** The episode just before one in date order when it ends the day this one starts (the same period of care), else null. */
export function predecessor(episodes: readonly Episode[], i: number): Episode | null {
  const before = episodes[i - 1];
  return before && before.DEC !== null && before.DEC === episodes[i]!.DECOM ? before : null;
}

/**
 * The same episode on both sides of the year end: last year's latest episode and this year's earliest,
 * when they started on the same day (an episode open at 31 March is sent again). Null otherwise.
 */
export function episodeAcrossYearEnd(child: Child903): { readonly last: Episode; readonly first: Episode } | null {
  const first = child.facts.episodes[0];
  let last: Episode | null = null;
  for (const e of child.previous?.episodes ?? []) if (e.DECOM !== null && (last === null || e.DECOM >= last.DECOM!)) last = e;
  return first && last && last.DECOM === first.DECOM ? { last, first } : null;
}

/** The placement is the same: type, postcode, Ofsted URN and provider all unchanged. */
function samePlacement(a: Episode, b: Episode): boolean {
  return code(a.PLACE) === code(b.PLACE) && samePostcode(a.PL_POST, b.PL_POST) && code(a.URN) === code(b.URN) && code(a.PLACE_PROVIDER) === code(b.PLACE_PROVIDER);
}

/**
 * "The reason for new episode says what changed, so the episode data must show it": for each episode with
 * one of `reasons` that continues the episode before it (starting the day that one ended), the legal
 * status and the placement (type, postcode, URN, provider) must each have changed or not as expected.
 */
export function continuationRule(meta: RuleMeta, reasons: ReadonlySet<string>, expect: { readonly legalStatus: boolean; readonly placement: boolean }): Ssda903Rule {
  return childRule(meta, (child, _context, report) => {
    const episodes = child.facts.episodes;
    for (let i = 1; i < episodes.length; i++) {
      const e = episodes[i]!;
      const before = predecessor(episodes, i);
      if (!before || !reasons.has(code(e.RNE) ?? '')) continue;
      const legalStatus = code(before.LS) !== code(e.LS);
      const placement = !samePlacement(before, e);
      if (legalStatus !== expect.legalStatus || placement !== expect.placement) {
        report(at.episode(e, 'RNE'), [at.episode(e, 'LS'), at.episode(before, 'LS'), at.episode(e, 'PLACE'), at.episode(before, 'PLACE')]);
      }
    }
  });
}

/** "Participation code X says the child was under / at least 4 at the review": the age on the review date must agree. */
export function reviewAgeRule(meta: RuleMeta, codes: ReadonlySet<string>, under4: boolean): Ssda903Rule {
  return childRule(meta, (child, _context, report) => {
    for (const r of child.reviews) {
      const dob = dobOf(child) ?? r.DOB;
      if (dob === null || r.REVIEW === null || !codes.has(code(r.REVIEW_CODE) ?? '')) continue;
      if (ageOn(dob, r.REVIEW) < 4 !== under4) report(at.review(r, 'REVIEW_CODE'), [at.review(r, 'REVIEW'), ...dobCell(child)]);
    }
  });
}
