import type { Recorded } from '../model/provenance.ts';
import type { Cell } from './types.ts';

/**
 * The cell of one field of a record: the value as the file wrote it (the reader's `raw` text where it
 * differs from what was understood, e.g. an unreadable date) and the line of the field, else of the record.
 */
export function cellOf<F extends string>(table: string, record: Recorded<F> & { readonly [K in F]?: unknown }, field: F): Cell {
  return cellWith(table, record, field, textOf(record.raw?.[field] ?? record[field]));
}

/** A cell whose value the caller states, e.g. one code of a repeated element such as Disability. */
export function cellWith<F extends string>(table: string, record: Recorded<F>, field: F, value: string | null): Cell {
  const line = record.lines?.[field] ?? record.line;
  return line === undefined ? { table, field, value } : { table, field, value, line };
}

function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (Array.isArray(value)) return value.join(' ');
  return String(value);
}
