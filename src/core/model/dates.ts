/**
 * Calendar dates as the returns carry them: ISO `YYYY-MM-DD` strings. Arithmetic goes through day
 * numbers (days since 1970-01-01, UTC) so that no time zone or daylight-saving shift can move a date.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Day number of an ISO date, or NaN when it is not a real calendar date. */
export function dayNumber(date: IsoDate): number {
  const m = ISO.exec(date);
  if (!m) return Number.NaN;
  return dayNumberOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

function dayNumberOf(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return utc(year, month - 1, day).getTime() / 86_400_000;
}

export function daysInMonth(year: number, month: number): number {
  return utc(year, month, 0).getUTCDate();
}

/** Date.UTC reads years 0–99 as 1900–1999; a year typed as 0099 must stay 99. */
function utc(year: number, monthIndex: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function isIsoDate(text: string): boolean {
  return !Number.isNaN(dayNumber(text));
}

/**
 * Reads a date written either as ISO `YYYY-MM-DD` (CIN census, Annex A exports) or as `DD/MM/YYYY`
 * (SSDA903), ignoring surrounding spaces and a midnight time part that spreadsheets add.
 * Returns null when the text is not a real date in either form.
 */
export function parseDate(text: string): IsoDate | null {
  const t = text.trim().replace(/[T ]00:00(:00(\.0+)?)?Z?$/, '');
  let m = ISO.exec(t);
  if (m) return Number.isNaN(dayNumberOf(Number(m[1]), Number(m[2]), Number(m[3]))) ? null : t;
  m = DMY.exec(t);
  if (m) {
    const n = dayNumberOf(Number(m[3]), Number(m[2]), Number(m[1]));
    return Number.isNaN(n) ? null : fromDayNumber(n);
  }
  return null;
}

/** `DD/MM/YYYY`, the SSDA903 layout. */
export function toDmy(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** Whole years of age on a date (a child born on 29 February has a birthday on 28 February in other years). */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = [Number(birth.slice(0, 4)), Number(birth.slice(5, 7)), Number(birth.slice(8, 10))];
  const [y, m, d] = [Number(on.slice(0, 4)), Number(on.slice(5, 7)), Number(on.slice(8, 10))];
  let age = y - by;
  if (m < bm || (m === bm && d < Math.min(bd, daysInMonth(y, bm)))) age -= 1;
  return age;
}

/** The date a number of calendar months after another, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
