import { codesIn, type CodeListHistory } from '../../codes/code-list.ts';
import { collectionYear } from '../../model/collection-year.ts';
import { parseDate, toDmy, type IsoDate } from '../../model/dates.ts';
import type { ReadProblemKind } from '../../model/problem.ts';
import type { Column903 } from './tables.ts';

/** Where a cell reader reports what it could not take as written. */
export interface CellNotes {
  /** Keeps the text as written, when it differs from how the writer would write the value back. */
  raw(text: string): void;
  problem(severity: 'error' | 'warning', kind: ReadProblemKind, message: string): void;
}

/** Reads one trimmed, non-blank cell into the model's value. */
export type CellReader = (text: string, notes: CellNotes) => string | number | null;

/** The reader for a column in a return year (code lists change by year). */
export function cellReader(column: Column903, endYear: number): CellReader {
  switch (column.kind) {
    case 'id':
      return readId;
    case 'date':
      return readDate;
    case 'integer':
      return readInteger;
    case 'code':
      return codeReader(column.codes!, endYear);
    case 'text':
    case 'partial-date':
      return (text) => text;
  }
}

/** Spreadsheets store numeric ids as numbers and write them back as `1234.0`. */
function readId(text: string, notes: CellNotes): string {
  const m = /^(\d+)\.0+$/.exec(text);
  if (!m) return text;
  notes.raw(text);
  return m[1]!;
}

/** dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd, with a midnight time part as Excel adds; the common form is parsed inline for speed. */
function readDate(text: string, notes: CellNotes): IsoDate | null {
  const fast = ddmmyyyy(text);
  if (fast) return fast;
  const date = parseDate(text);
  if (date === null) notes.problem('error', 'bad-date', 'is not a date: expected dd/mm/yyyy (or yyyy-mm-dd)');
  if (date === null || toDmy(date) !== text) notes.raw(text);
  return date;
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function ddmmyyyy(t: string): IsoDate | null {
  if (t.length !== 10 || t.charCodeAt(2) !== 47 || t.charCodeAt(5) !== 47) return null;
  const d = digits(t, 0, 2);
  const m = digits(t, 3, 5);
  const y = digits(t, 6, 10);
  if (y < 1000 || m < 1 || m > 12 || d < 1) return null;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > monthDays[m - 1]! + (leap ? 1 : 0)) return null;
  return `${t.slice(6, 10)}-${t.slice(3, 5)}-${t.slice(0, 2)}`;
}

/** The number the digits at [from, to) make, or -1 when any is not a digit. */
function digits(t: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function readInteger(text: string, notes: CellNotes): number | null {
  if (!/^[+-]?\d{1,15}(\.0+)?$/.test(text)) {
    notes.raw(text);
    notes.problem('error', 'bad-number', 'is not a whole number');
    return null;
  }
  const n = Number.parseInt(text, 10);
  if (String(n) !== text) notes.raw(text);
  return n;
}

/**
 * Codes are kept as written even when wrong for the year, so that nothing a council sent is lost. They are
 * upper-cased where the list is, and `1.0` becomes `1` where the list has `1`. A code valid in another
 * year (a system not yet updated for a change) is a warning; a code no year has is an error.
 */
function codeReader(history: CodeListHistory, endYear: number): CellReader {
  const list = codesIn(history, endYear);
  const upper = list.codes.every((c) => c === c.toUpperCase());
  const year = collectionYear(endYear);
  return (text, notes) => {
    let code = upper ? text.toUpperCase() : text;
    const whole = /^(\d+)\.0+$/.exec(code);
    if (whole && list.has(whole[1]!)) code = whole[1]!;
    if (code !== text) notes.raw(text);
    if (!list.has(code)) {
      if (everCoded(history).has(code)) notes.problem('warning', 'bad-code', `is not a code of the ${list.name} list in ${year} returns (it is in other years)`);
      else notes.problem('error', 'bad-code', `is not a code of the ${list.name} list`);
    }
    return code;
  };
}

/** Return years whose lists are compared to tell an out-of-date code from one that never existed. */
const firstYear = 2010;
const lastYear = 2035;
const everCache = new WeakMap<CodeListHistory, Set<string>>();

function everCoded(history: CodeListHistory): Set<string> {
  let codes = everCache.get(history);
  if (!codes) {
    codes = new Set<string>();
    for (let y = firstYear; y <= lastYear; y += 1) for (const c of codesIn(history, y).codes) codes.add(c);
    everCache.set(history, codes);
  }
  return codes;
}
