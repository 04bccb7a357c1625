import { dayNumber, fromDayNumber, type IsoDate } from '../model/dates.ts';
import { bankHolidays } from './bank-holidays.ts';

/**
 * The working-day calendar for England that every statutory timescale is counted on: Monday to
 * Friday, less England and Wales bank holidays.
 *
 * Counting is O(1): a table of cumulative working days, by day number, is built once per range of years
 * that is actually used, so a validator can count timescales for 100,000 children without iterating
 * over days.
 */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2070;
const first = dayNumber(`${FIRST_YEAR}-01-01`);
const last = dayNumber(`${LAST_YEAR}-12-31`);

let cumulative: Int32Array | undefined;

/** cumulative[i] = working days in [first, first + i). */
function table(): Int32Array {
  if (cumulative) return cumulative;
  const holidays = new Set<number>();
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) for (const d of bankHolidays(y)) holidays.add(dayNumber(d));
  const t = new Int32Array(last - first + 2);
  for (let n = first; n <= last; n++) t[n - first + 1] = t[n - first]! + (isWorkingDayNumber(n, holidays) ? 1 : 0);
  return (cumulative = t);
}

function isWorkingDayNumber(n: number, holidays: ReadonlySet<number>): boolean {
  const dow = (((n + 4) % 7) + 7) % 7;
  return dow !== 0 && dow !== 6 && !holidays.has(n);
}

function index(date: IsoDate): number {
  const n = dayNumber(date);
  if (Number.isNaN(n)) throw new RangeError(`Not a calendar date: ${date}`);
  if (n < first || n > last) throw new RangeError(`${date} is outside the working-day calendar (${FIRST_YEAR} to ${LAST_YEAR})`);
  return n - first;
}

export function isWorkingDay(date: IsoDate): boolean {
  const i = index(date);
  const t = table();
  return t[i + 1]! - t[i]! === 1;
}

/**
 * Working days from one date to another, as the DfE counts timescales: the start day is day 0 and the
 * end day counts if it is a working day. A referral on Monday with an assessment completed on Tuesday
 * took 1 working day; negative when `to` is before `from`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  const t = table();
  const a = index(from);
  const b = index(to);
  return b >= a ? t[b + 1]! - t[a + 1]! : -(t[a + 1]! - t[b + 1]!);
}

/**
 * The date `n` working days after `from` (before it when `n` is negative), so that
 * `workingDaysBetween(from, addWorkingDays(from, n)) === n`. Counting forward from a weekend or
 * holiday, day 1 is the next working day.
 */
export function addWorkingDays(from: IsoDate, n: number): IsoDate {
  const t = table();
  const a = index(from);
  const target = t[a + 1]! + n;
  if (n === 0) return from;
  // The first day i (after from, going forward; on or before from going back) whose cumulative count reaches the target.
  let lo: number;
  let hi: number;
  if (n > 0) {
    lo = a + 1;
    hi = t.length - 2;
  } else {
    lo = 0;
    hi = a;
  }
  if (target > t[hi + 1]! || target < 1) throw new RangeError(`${n} working days from ${from} is outside the working-day calendar`);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid + 1]! >= target) hi = mid;
    else lo = mid + 1;
  }
  return fromDayNumber(lo + first);
}
