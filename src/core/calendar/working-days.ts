import { dayNumber, fromDayNumber, type IsoDate } from '../model/dates.ts';
import { bankHolidays } from './bank-holidays.ts';

/**
 * The working-day calendar for England that every statutory timescale is counted on: Monday to
 * Friday, less England and Wales bank holidays.
 *
 * Counting is O(1) within a year and O(years) across them: each calendar year's table of cumulative
 * working days is built once, when a date in it is first counted, so a validator counts timescales for
 * 100,000 children without iterating over days, and a process only builds the years it uses.
 */
interface Year {
  /** Day number of 1 January. */
  readonly start: number;
  /** counts[i] = working days in [1 January, 1 January + i). */
  readonly counts: Int32Array;
  readonly total: number;
}

const years = new Map<number, Year>();

function yearTable(year: number): Year {
  let y = years.get(year);
  if (!y) {
    const start = dayNumber(`${String(year).padStart(4, '0')}-01-01`);
    const days = dayNumber(`${String(year + 1).padStart(4, '0')}-01-01`) - start;
    const holidays = new Set(bankHolidays(year).map(dayNumber));
    const counts = new Int32Array(days + 1);
    for (let i = 0; i < days; i++) {
      const n = start + i;
      const dow = (((n + 4) % 7) + 7) % 7;
      counts[i + 1] = counts[i]! + (dow !== 0 && dow !== 6 && !holidays.has(n) ? 1 : 0);
    }
    y = { start, counts, total: counts[days]! };
    years.set(year, y);
  }
  return y;
}

/** The year table of a date and the date's index in it. */
function locate(date: IsoDate): { y: Year; year: number; i: number } {
  const n = dayNumber(date);
  if (Number.isNaN(n)) throw new RangeError(`Not a calendar date: ${date}`);
  const year = Number(date.slice(0, 4));
  const y = yearTable(year);
  return { y, year, i: n - y.start };
}

export function isWorkingDay(date: IsoDate): boolean {
  const { y, i } = locate(date);
  return y.counts[i + 1]! - y.counts[i]! === 1;
}

/**
 * Working days from one date to another, as the DfE counts timescales: the start day is day 0 and the
 * end day counts if it is a working day. A referral on Monday with an assessment completed on Tuesday
 * took 1 working day; negative when `to` is before `from`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return -workingDaysBetween(to, from);
  const a = locate(from);
  const b = locate(to);
  let count = b.y.counts[b.i + 1]! - a.y.counts[a.i + 1]!;
  for (let year = a.year; year < b.year; year++) count += yearTable(year).total;
  return count;
}

/**
 * The date `n` working days after `from` (before it when `n` is negative), so that
 * `workingDaysBetween(from, addWorkingDays(from, n)) === n`. Counting forward from a weekend or
 * holiday, day 1 is the next working day.
 */
export function addWorkingDays(from: IsoDate, n: number): IsoDate {
  if (n === 0) return from;
  const { y: start, year: startYear, i } = locate(from);
  // Working days counted so far in the year being searched, up to and including `from`'s position.
  let year = startYear;
  let y = start;
  let target = start.counts[i + 1]! + n;
  if (n > 0) {
    while (target > y.total) {
      target -= y.total;
      y = yearTable(++year);
    }
  } else {
    while (target < 1) {
      y = yearTable(--year);
      target += y.total;
    }
  }
  // The first day of the year whose count, inclusive, reaches the target: a working day.
  let lo = 0;
  let hi = y.counts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (y.counts[mid + 1]! >= target) hi = mid;
    else lo = mid + 1;
  }
  return fromDayNumber(y.start + lo);
}
