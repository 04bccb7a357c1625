import type { IsoDate } from '../../../model/dates.ts';
import type { Episode, Header903, SocialWorkerEpisode, Ssda903Tables } from '../../../model/ssda903.ts';
import { onlyShortBreaks, SHORT_BREAKS } from './episode-codes.ts';

/**
 * Facts about one child that many SSDA903 rules share, worked out once per child rather than by each rule:
 * the header row, the episodes in date order and the periods of care they make, how care ended, how last
 * year's record ended and the social worker episodes in date order.
 */

/** A continuous spell of being looked after: episodes where each starts the day the one before ended. */
export interface CarePeriod {
  readonly start: IsoDate;
  /** Null while open. */
  readonly end: IsoDate | null;
  /** In date order; never empty. */
  readonly episodes: readonly Episode[];
  /** Every episode is an agreed series of short breaks (V3/V4): not "looked after continuously" for the DfE. */
  readonly shortBreaksOnly: boolean;
}

export interface ChildFacts {
  /** The child's first header row (a second one is a duplicate, which rule INT32 reports). */
  readonly header: Header903 | null;
  /** The episodes with a readable DECOM, by DECOM then file order. Episodes without one are left to the rules about DECOM. */
  readonly episodes: readonly Episode[];
  readonly periods: readonly CarePeriod[];
  /** An episode is open at the end of the year (no DEC, or DEC after it). */
  readonly lookedAfterAtYearEnd: boolean;
  /**
   * Looked after on 31 March as the DfE counts it for the social worker rules (CLA_AT_31_MARCH): the
   * episode open that day is not an agreed series of short breaks (V3/V4).
   */
  readonly lookedAfterAt31March: boolean;
  /**
   * Looked after continuously for at least 12 months at 31 March (the OC2 cohort): one period, not only of
   * short breaks, runs from on or before 1 April (the start of the year) to after 31 March. The DfE's words
   * "at least 12 months at 31 March" are read as looked after on every day of the collection year.
   */
  readonly continuouslyLookedAfter12Months: boolean;
  /** The episode with which the child ceased to be looked after: the final episode, when it has a DEC; else null. */
  readonly ceased: Episode | null;
  /** Last year's latest episode (by DECOM, the last in the file on a tie); null without last year's return or episodes. */
  readonly latestLastYear: Episode | null;
  /** Last year's latest episode when it was still open at 31 March (no DEC), so this year's record carries it on; else null. */
  readonly openAtEndOfLastYear: Episode | null;
  /** The social worker episodes with a readable SW_DECOM, by SW_DECOM then file order; those without one are left to the rules about SW_DECOM. */
  readonly socialWorkers: readonly SocialWorkerEpisode[];
}

/** The facts of one child; `previous` is the child's rows of last year's return, when one was given. */
export function childFacts(rows: Ssda903Tables, collectionStart: IsoDate, referenceDate: IsoDate, previous: Ssda903Tables | null = null): ChildFacts {
  const episodes = inDecomOrder(rows.episodes);
  const periods = carePeriods(episodes);
  let lookedAfterAtYearEnd = false;
  let lookedAfterAt31March = false;
  let continuous = false;
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i]!;
    const openAtEnd = p.start <= referenceDate && (p.end === null || p.end > referenceDate);
    if (!openAtEnd) continue;
    lookedAfterAtYearEnd = true;
    if (!p.shortBreaksOnly && p.start <= collectionStart) continuous = true;
    const open = openOn(p.episodes, referenceDate);
    if (open !== undefined && !(open.LS !== null && SHORT_BREAKS.has(open.LS))) lookedAfterAt31March = true;
  }
  const last = episodes[episodes.length - 1];
  const latestLastYear = previous ? latestEpisode(previous.episodes) : null;
  return {
    header: rows.header[0] ?? null,
    episodes,
    periods,
    lookedAfterAtYearEnd,
    lookedAfterAt31March,
    continuouslyLookedAfter12Months: continuous,
    ceased: last !== undefined && last.DEC !== null ? last : null,
    latestLastYear,
    openAtEndOfLastYear: latestLastYear !== null && latestLastYear.DEC === null ? latestLastYear : null,
    socialWorkers: inOrder(rows.social_worker),
  };
}

/** The latest episode of a period begun by a date: the one the child was in that day. */
function openOn(episodes: readonly Episode[], date: IsoDate): Episode | undefined {
  for (let i = episodes.length - 1; i >= 0; i--) if (episodes[i]!.DECOM! <= date) return episodes[i];
  return undefined;
}

/** Orders episodes that have a DECOM by it (a stable sort keeps same-day episodes in file order). */
export function byDecom(a: Episode, b: Episode): number {
  return a.DECOM! < b.DECOM! ? -1 : a.DECOM! > b.DECOM! ? 1 : 0;
}

/** The episode with the latest DECOM (the last in the file on a tie), or null. */
function latestEpisode(episodes: readonly Episode[]): Episode | null {
  let latest: Episode | null = null;
  for (let i = 0; i < episodes.length; i++) { const e = episodes[i]!; if (e.DECOM !== null && (latest === null || e.DECOM >= latest.DECOM!)) latest = e; }
  return latest;
}

/**
 * Rows with a readable start date, by that date (a stable sort: same-day rows keep file order). Returns
 * usually list a child's rows in date order already, so the rows are only copied and sorted when not.
 */
function inStartOrder<R>(rows: readonly R[], start: (row: R) => IsoDate | null): readonly R[] {
  let previous = '';
  let ordered = true;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const date = start(r);
    if (date === null || date < previous) {
      ordered = false;
      break;
    }
    previous = date;
  }
  if (ordered) return rows;
  return rows.filter((r) => start(r) !== null).sort((a, b) => (start(a)! < start(b)! ? -1 : start(a)! > start(b)! ? 1 : 0));
}

const decomOf = (e: Episode): IsoDate | null => e.DECOM;
const swDecomOf = (e: SocialWorkerEpisode): IsoDate | null => e.SW_DECOM;

function inDecomOrder(rows: readonly Episode[]): readonly Episode[] {
  return inStartOrder(rows, decomOf);
}

function inOrder(rows: readonly SocialWorkerEpisode[]): readonly SocialWorkerEpisode[] {
  return inStartOrder(rows, swDecomOf);
}

/**
 * Splits date-ordered episodes into periods of care: a new period starts at a reason for new episode of S
 * or after a gap. An episode that starts before the previous one ended (an error rule 142 reports) stays in
 * the same period, since the child was looked after throughout.
 */
export function carePeriods(episodes: readonly Episode[]): CarePeriod[] {
  const periods: CarePeriod[] = [];
  let current: Episode[] = [];
  const close = (): void => {
    if (current.length === 0) return;
    periods.push({
      start: current[0]!.DECOM!,
      end: current[current.length - 1]!.DEC,
      episodes: current,
      shortBreaksOnly: onlyShortBreaks(current),
    });
    current = [];
  };
  for (let i = 0; i < episodes.length; i++) {
    const e = episodes[i]!;
    const previous = current[current.length - 1];
    if (previous && (e.RNE === 'S' || (previous.DEC !== null && previous.DEC < e.DECOM!))) close();
    current.push(e);
  }
  close();
  return periods;
}
