import { endYearOf, type CollectionYear } from '../../model/collection-year.ts';
import { toDmy } from '../../model/dates.ts';
import type { Recorded } from '../../model/provenance.ts';
import type { Ssda903Return, Ssda903TableName } from '../../model/ssda903.ts';
import type { Row903 } from './read-table.ts';
import { inReturn, layouts903, tableNames903, type Column903 } from './tables.ts';

/** Rows are gathered into chunks of about this many characters: few enough yields to be fast, small enough to stream. */
const chunkSize = 1 << 16;

/**
 * One table as DfE-layout CSV: the header, then a line per row, columns in DfE order, dates dd/mm/yyyy, values
 * quoted only when they hold a comma, quote or line break. Lines end in LF, as the DfE validator's and LIIA's
 * sample files do (the DfE's upload accepts LF and CRLF alike). A value the reader could not understand (a
 * null with its text kept in `raw`) is written back as it was read, so nothing a council sent is lost.
 * A generator, so that a million children's rows never have to be one string.
 */
export function* write903Table<T extends Ssda903TableName>(table: T, rows: Iterable<Row903<T>>, year: CollectionYear): Generator<string> {
  const layout = layouts903[table];
  if (!inReturn(layout, endYearOf(year))) throw new RangeError(`the ${table} table is not part of ${year} SSDA903 returns`);
  const columns: readonly Column903[] = layout.columns;
  let chunk = `${columns.map((c) => c.name).join(',')}\n`;
  for (const row of rows) {
    chunk += line(row, columns);
    if (chunk.length >= chunkSize) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

function line(row: Recorded, columns: readonly Column903[]): string {
  const values = row as unknown as Readonly<Record<string, unknown>>;
  let text = '';
  for (let i = 0; i < columns.length; i += 1) {
    const column = columns[i]!;
    const value = values[column.name];
    const cell = value === null || value === undefined ? row.raw?.[column.name] ?? '' : column.kind === 'date' ? toDmy(value as string) : String(value);
    text += (i ? ',' : '') + (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  }
  return `${text}\n`;
}

/**
 * Every table of a return under its DfE file name (`header.csv`, `episodes.csv`, … `sw_episodes.csv`,
 * `dolo.csv`). Tables the year does not have, and tables the return did not include (`absent`), are not
 * written, so that reading the files back gives the same return.
 */
export function write903(ret: Ssda903Return): { name: string; content: string }[] {
  const endYear = endYearOf(ret.year);
  return tableNames903
    .filter((t) => inReturn(layouts903[t], endYear) && !ret.absent.includes(t))
    .map((t) => ({ name: layouts903[t].fileName, content: [...write903Table(t, ret.tables[t], ret.year)].join('') }));
}
