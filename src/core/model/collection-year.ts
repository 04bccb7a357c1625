import type { IsoDate } from './dates.ts';

/**
 * A statutory collection year, written as the DfE writes it: `2025/26` runs from 1 April 2025 to
 * 31 March 2026 (the census ReferenceDate). File specs are often named by the end year (`CIN_schema_2026.xsd`).
 */
export type CollectionYear = `${number}/${number}`;

export function collectionYear(endYear: number): CollectionYear {
  return `${endYear - 1}/${String(endYear % 100).padStart(2, '0')}` as CollectionYear;
}

/** The calendar year in which the collection year ends (the census year). */
export function endYearOf(year: CollectionYear): number {
  return Number(year.slice(0, 4)) + 1;
}

export function collectionStart(year: CollectionYear): IsoDate {
  return `${year.slice(0, 4)}-04-01`;
}

/** 31 March at the end of the year: the CIN census ReferenceDate and the SSDA903 year end. */
export function referenceDate(year: CollectionYear): IsoDate {
  return `${endYearOf(year)}-03-31`;
}

/** The collection year a date falls in. */
export function collectionYearOf(date: IsoDate): CollectionYear {
  const y = Number(date.slice(0, 4));
  return collectionYear(date.slice(5) >= '04-01' ? y + 1 : y);
}

/**
 * Reads the forms people use for a year: `2025/26`, `2025-26`, `202526`, `2526` and the end year alone (`2026`).
 * Returns null for anything else.
 */
export function parseCollectionYear(text: string): CollectionYear | null {
  const t = text.trim();
  let m = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(t) ?? /^(\d{4})(\d{2})$/.exec(t);
  if (m) {
    const start = Number(m[1]);
    const end = Number(m[2]);
    const endYear = m[2]!.length === 4 ? end : Math.floor(start / 100) * 100 + end + (end < start % 100 ? 100 : 0);
    return endYear === start + 1 ? collectionYear(endYear) : null;
  }
  // Two two-digit years (`2526`, `25/26`) name 2025/26; four digits otherwise are the end year (`2026`).
  m = /^(\d{2})[/-]?(\d{2})$/.exec(t);
  if (m && Number(m[2]) === (Number(m[1]) + 1) % 100) return collectionYear(2001 + Number(m[1]));
  return /^\d{4}$/.test(t) ? collectionYear(Number(t)) : null;
}
