import type { IsoDate } from '../model/dates.ts';
import { FIRST_YEAR, LAST_YEAR, bankHolidaysByYear } from './bank-holidays-data.ts';

/**
 * England and Wales bank holidays that fall on weekdays (a weekend holiday's substitute weekday is
 * listed instead), including the one-off days: the 2012 and 2022 jubilees, VE Day moved to 8 May 2020,
 * the 2022 state funeral, the 2023 coronation. The list is data generated from the maintained
 * `date-holidays` rules (scripts/generate-bank-holidays.ts) for 1900–2100; outside those years there is
 * no list and only weekends are non-working days.
 */
export function bankHolidays(year: number): readonly IsoDate[] {
  if (year < FIRST_YEAR || year > LAST_YEAR) return [];
  return (bankHolidaysByYear[year] ?? '')
    .split(' ')
    .filter(Boolean)
    .map((monthDay) => `${year}-${monthDay}`);
}
