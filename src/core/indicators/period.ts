import { collectionYear, collectionYearOf, endYearOf, referenceDate, collectionStart } from '../model/collection-year.ts';
import { addDays, addMonths, daysInMonth, type IsoDate } from '../model/dates.ts';

/** A stretch of days, both ends included. A state measure is taken on `end`. */
export interface Period {
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** The 12 months ending on `at` (a collection year exactly when `at` is 31 March). */
export function twelveMonthsTo(at: IsoDate): Period {
  return { label: `12 months to ${at}`, start: addDays(addMonths(at, -12), 1), end: at };
}

/** Collection years from the one holding `from` to the one holding `at`, the last cut short at `at`. */
export function collectionYears(from: IsoDate, at: IsoDate): Period[] {
  const periods: Period[] = [];
  for (let y = endYearOf(collectionYearOf(from)); y <= endYearOf(collectionYearOf(at)); y++) {
    const year = collectionYear(y);
    const end = referenceDate(year);
    periods.push(end <= at ? { label: year, start: collectionStart(year), end } : { label: `${year} to ${at}`, start: collectionStart(year), end: at });
  }
  return periods;
}

/** The last `count` calendar months up to `at`, oldest first, the last cut short at `at`. */
export function monthsTo(at: IsoDate, count: number): Period[] {
  const periods: Period[] = [];
  const first = `${at.slice(0, 7)}-01`;
  for (let i = count - 1; i >= 0; i--) {
    const start = addMonths(first, -i);
    const end = `${start.slice(0, 7)}-${String(daysInMonth(Number(start.slice(0, 4)), Number(start.slice(5, 7)))).padStart(2, '0')}`;
    periods.push({ label: start.slice(0, 7), start, end: end <= at ? end : at });
  }
  return periods;
}
