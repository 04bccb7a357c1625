import Holidays from 'date-holidays';
import type { IsoDate } from '../model/dates.ts';

/**
 * England and Wales bank holidays, from the maintained `date-holidays` rules (which include the one-off
 * days: the 2012 and 2022 jubilees, VE Day moved to 8 May 2020, the 2022 state funeral, the 2023
 * coronation). Weekend dates are dropped: a substitute weekday is listed instead.
 */
export function bankHolidays(year: number): readonly IsoDate[] {
  let days = byYear.get(year);
  if (!days) {
    days = england()
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .map((h) => h.date.slice(0, 10))
      .filter((d) => {
        const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
        return dow !== 0 && dow !== 6;
      })
      .sort();
    byYear.set(year, days);
  }
  return days;
}

const byYear = new Map<number, readonly IsoDate[]>();
let calendar: Holidays | undefined;
function england(): Holidays {
  return (calendar ??= new Holidays('GB', 'ENG'));
}
