import { fromDayNumber, parseDate, type IsoDate } from '../../model/dates.ts';
import { codeFor } from './codes.ts';
import type { AnnexAValue } from '../../model/annex-a.ts';
import type { AnnexAColumn } from './types.ts';

/** Day number (days since 1970-01-01) of Excel's serial date 0, in the 1900 date system. */
export const EXCEL_EPOCH = 25_569;

/** What a workbook cell holds as SheetJS gives it (raw values, dates as serial numbers). */
export type SheetValue = string | number | boolean | null | undefined;

export interface ReadCell {
  readonly value: AnnexAValue;
  /** The cell's text, kept where the value differs from it or could not be read. */
  readonly raw?: string;
  /** Why the cell could not be taken as it stood, in plain words. */
  readonly problem?: string;
}

const DASHED = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$/;

/** A date typed as text, in the layouts councils' exports use. */
function textDate(text: string): IsoDate | null {
  const t = text.trim();
  const dashed = DASHED.exec(t);
  return parseDate(dashed ? `${dashed[1]}/${dashed[2]}/${dashed[3]}` : t.replace(/^(\d{4}-\d{2}-\d{2})[T ].*$/, '$1'));
}

/** Excel serial (or a serial typed as text) to a date: whole days only; times of day are dropped. */
function serialDate(n: number): IsoDate | null {
  return Number.isFinite(n) && n >= 1 && n < 2_958_466 ? fromDayNumber(Math.floor(n) - EXCEL_EPOCH) : null;
}

/** Reads one cell for its column: the value Sightline understands, the raw text where it differs, and any problem. */
export function readCell(column: AnnexAColumn, cell: SheetValue): ReadCell {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.replace(/\u00a0/g, ' ').trim() === '')) {
    return column.blank ? { value: null } : { value: null, problem: 'is empty, but Ofsted requires a value' };
  }
  const text = typeof cell === 'string' ? cell.replace(/\u00a0/g, ' ').trim() : String(cell);
  const kept = (value: AnnexAValue): ReadCell => (String(value) === text ? { value } : { value, raw: text });
  const bad = (expected: string): ReadCell => ({ value: null, raw: text, problem: `is not ${expected}` });
  switch (column.type) {
    case 'id': {
      // Spreadsheets turn numeric ids into floats: 1234 and "1234.0" are id 1234.
      const id = typeof cell === 'number' ? String(cell) : text.replace(/^(\d+)\.0+$/, '$1');
      return kept(id);
    }
    case 'date': {
      const date = typeof cell === 'number' ? serialDate(cell) : /^\d+(\.\d+)?$/.test(text) ? serialDate(Number(text)) : textDate(text);
      return date === null ? bad('a date') : typeof cell === 'number' ? { value: date } : kept(date);
    }
    case 'age':
    case 'integer': {
      const n = typeof cell === 'number' ? cell : Number(text);
      // Ages arrive as fractional years (6.138…); Ofsted asks for whole years.
      const whole = column.type === 'age' ? Math.floor(n) : n;
      return Number.isInteger(whole) && whole >= 0 ? (typeof cell === 'number' && whole === cell ? { value: whole } : kept(whole)) : bad('a whole number of 0 or more');
    }
    case 'category': {
      const code = codeFor(column.codes!, text);
      return code ? kept(code.code) : { value: null, raw: text, problem: `is not a value Sightline knows for ${column.codes}` };
    }
    default:
      return kept(text);
  }
}
