import { addDays, addMonths, type IsoDate } from '../model/dates.ts';

/**
 * `addMonths(date, -months)`, remembered: measures taken on a period's last day ask the same few
 * questions ("2 years before 31 March") for every child, and date arithmetic on strings is not free.
 */
const earlier = new Map<string, IsoDate>();

export function monthsBefore(date: IsoDate, months: number): IsoDate {
  const key = `${date}|${months}`;
  let result = earlier.get(key);
  if (result === undefined) {
    if (earlier.size > 10_000) earlier.clear();
    result = addMonths(date, -months);
    earlier.set(key, result);
  }
  return result;
}

/** The first day of the `months` months ending on `date` (1 April for 12 months to 31 March). */
export function windowStart(date: IsoDate, months: number): IsoDate {
  const key = `${date}|${months}|start`;
  let result = earlier.get(key);
  if (result === undefined) {
    result = addDays(monthsBefore(date, months), 1);
    earlier.set(key, result);
  }
  return result;
}
