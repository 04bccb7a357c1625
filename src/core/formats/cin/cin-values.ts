import type { IsoDate } from '../../model/dates.ts';
import { daysInMonth } from '../../model/dates.ts';

/**
 * Readers for the census's simple types. They run once per leaf element of files with millions of
 * them, so they test character codes rather than run regular expressions.
 */

/** An `xs:date` without a time zone (`YYYY-MM-DD`), or null when the text is not one or is no real day. */
export function isoDate(text: string): IsoDate | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return null;
  if (day > 28 && day > daysInMonth(year, month)) return null;
  return text;
}

/** The date part of an `xs:date` that carries a time zone (`2024-03-31Z`, `2024-03-31+01:00`). */
export function zonedIsoDate(text: string): IsoDate | null {
  const zone = text.slice(10);
  return zone === 'Z' || /^[+-](0\d|1[0-4]):[0-5]\d$/.test(zone) ? isoDate(text.slice(0, 10)) : null;
}

/** `yesnotype`: 0/1, and the `true`/`false` that older schemas allowed and councils' systems still write. */
export function yesNo(text: string): boolean | null {
  switch (text) {
    case '1': case 'true': case 'TRUE': case 'True': return true;
    case '0': case 'false': case 'FALSE': case 'False': return false;
    default: return null;
  }
}

/** A whole number ≥ 0 (`xs:integer` with minInclusive 0; a leading `+` is allowed by XSD). */
export function count(text: string): number | null {
  const start = text.charCodeAt(0) === 43 ? 1 : 0;
  if (text.length === start || text.length - start > 15) return null;
  const n = digits(text, start, text.length - start);
  return n < 0 ? null : n;
}

const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const G_YEAR = /^-?\d{4,}(Z|[+-]\d{2}:\d{2})?$/;

export function isDateTime(text: string): boolean {
  return DATE_TIME.test(text);
}

export function isGYear(text: string): boolean {
  return G_YEAR.test(text);
}

/** The number written by `length` decimal digits at `start`, or -1 if any is not a digit. */
function digits(text: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
