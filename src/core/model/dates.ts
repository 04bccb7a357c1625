/**
 * Calendar dates as the returns carry them: ISO `YYYY-MM-DD` strings. Arithmetic goes through day
 * numbers (days since 1970-01-01, UTC) so that no time zone or daylight-saving shift can move a date.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/*
 * The arithmetic is done on numbers, with no Date objects or regular expressions, because validators call
 * these helpers for every date of every record: the proleptic Gregorian calendar, as Date uses.
 */

/** The digits of a string at [from, to), or NaN if any is not 0–9. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

/** Day number of an ISO date, or NaN when it is not a real calendar date. */
export function dayNumber(date: IsoDate): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return Number.NaN;
  return dayNumberOf(digits(date, 0, 4), digits(date, 5, 7), digits(date, 8, 10));
}

function dayNumberOf(year: number, month: number, day: number): number {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return Number.NaN;
  return daysFromCivil(year, month, day);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12; a month outside that range counts on from the year, as Date does). */
export function daysInMonth(year: number, month: number): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] ?? Number.NaN);
}

/** Days since 1970-01-01 of a valid date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a day number: ${n}`);
  // civil_from_days, the inverse of daysFromCivil.
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return new Date(n * 86_400_000).toISOString().slice(0, 10);
  return isoOf(year, month, day);
}

function isoOf(year: number, month: number, day: number): IsoDate {
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
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

/**
 * The last ages worked out, by birth and day: validators ask for one child's age on the same few days
 * (1 April, 31 March) rule after rule, so most questions were asked just before.
 */
const AGES_KEPT = 4;
const keptBirth: (IsoDate | null)[] = new Array<IsoDate | null>(AGES_KEPT).fill(null);
const keptOn: (IsoDate | null)[] = new Array<IsoDate | null>(AGES_KEPT).fill(null);
const keptAge: number[] = new Array<number>(AGES_KEPT).fill(0);
let nextKept = 0;

/** Whole years of age on a date (a child born on 29 February has a birthday on 28 February in other years). */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  for (let i = 0; i < AGES_KEPT; i++) if (keptBirth[i] === birth && keptOn[i] === on) return keptAge[i]!;
  const age = yearsBetween(birth, on);
  keptBirth[nextKept] = birth;
  keptOn[nextKept] = on;
  keptAge[nextKept] = age;
  nextKept = (nextKept + 1) % AGES_KEPT;
  return age;
}

function yearsBetween(birth: IsoDate, on: IsoDate): number {
  const by = digits(birth, 0, 4);
  const bm = digits(birth, 5, 7);
  const bd = digits(birth, 8, 10);
  const y = digits(on, 0, 4);
  const m = digits(on, 5, 7);
  const d = digits(on, 8, 10);
  let age = y - by;
  if (m < bm || (m === bm && d < Math.min(bd, daysInMonth(y, bm)))) age -= 1;
  return age;
}

/** The date a number of calendar months after another, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const m = digits(date, 5, 7) - 1 + months;
  const year = digits(date, 0, 4) + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  const day = Math.min(digits(date, 8, 10), daysInMonth(year, month));
  return isoOf(year, month, day);
}
