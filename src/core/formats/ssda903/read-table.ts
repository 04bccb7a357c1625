import { collectionYear } from '../../model/collection-year.ts';
import type { ReadProblem, ReadProblemKind } from '../../model/problem.ts';
import type { Ssda903TableName, Ssda903Tables } from '../../model/ssda903.ts';
import type { CsvRows } from './csv-rows.ts';
import { columnKey } from './identify-table.ts';
import { cellReader, type CellNotes, type CellReader } from './read-cell.ts';
import type { Column903, Layout903 } from './tables.ts';

export type Row903<T extends Ssda903TableName> = Ssda903Tables[T][number];

interface Mapped {
  readonly column: Column903;
  /** Position in the file's rows, or -1 when the file lacks the column. */
  readonly index: number;
  readonly read: CellReader;
}

/**
 * One table's rows from its split CSV (header first), in the model's shape: columns in any order and case,
 * unknown columns reported and left out, missing columns read as blank. Problems are added to `problems`.
 */
export function readTable<T extends Ssda903TableName>(
  layout: Layout903<T>,
  csv: CsvRows,
  file: string,
  endYear: number,
  problems: ReadProblem[],
): Row903<T>[] {
  const mapped = mapColumns(layout, csv.rows[0] ?? [], file, endYear, problems);
  const width = csv.rows[0]?.length ?? 0;
  const notes = new RowNotes(layout, file, problems);
  const rows: Row903<T>[] = [];
  for (let r = 1; r < csv.rows.length; r += 1) {
    const cells = csv.rows[r]!;
    const line = csv.lines[r]!;
    notes.start(line);
    // CHILD first, so that problems in the row's other cells can name the child.
    for (const m of mapped) {
      const text = m.index < 0 ? '' : (cells[m.index] ?? '').trim();
      notes.cell(m.column, text);
      let value: string | number | null = null;
      if (text !== '') value = m.read(text, notes);
      else if (m.index >= 0 && m.column.required) notes.problem(m.column.kind === 'id' ? 'error' : 'warning', 'missing-value', 'is blank, but the DfE requires a value');
      if (m.column.kind === 'id') {
        value ??= '';
        notes.child = value as string;
      }
      notes.row[m.column.name] = value;
    }
    if (cells.length !== width) {
      notes.cell(undefined, '');
      notes.problem('warning', 'bad-row', cells.length > width
        ? `the row has ${cells.length} values but the header names ${width} columns: the extra values are ignored`
        : `the row has ${cells.length} values but the header names ${width} columns: the missing ones are read as blank`);
    }
    rows.push(notes.finish() as Row903<T>);
  }
  return rows;
}

/** The file's position of each layout column, in layout order, reporting unknown, duplicate and missing columns. */
function mapColumns(layout: Layout903, header: readonly string[], file: string, endYear: number, problems: ReadProblem[]): Mapped[] {
  const where = { file, line: 1, path: layout.table };
  const positions = new Map<string, number>();
  header.forEach((name, i) => {
    const key = columnKey(name);
    const column = layout.columns.find((c) => c.name === key);
    const seen = positions.get(key);
    if (seen !== undefined && key !== '') {
      problems.push({ ...where, severity: 'error', kind: 'duplicate-column', field: key, message: `column ${key} appears twice, as columns ${seen + 1} and ${i + 1}: column ${i + 1} is ignored` });
    } else if (column) {
      positions.set(key, i);
    } else {
      positions.set(key, i);
      problems.push({
        ...where,
        severity: 'warning',
        kind: 'unknown-column',
        field: name.trim(),
        value: name.trim(),
        message: key === ''
          ? `column ${i + 1} has no name: its values are ignored`
          : `column ${name.trim()} (column ${i + 1}) is not an SSDA903 ${layout.table} column: its values are ignored`,
      });
    }
  });
  const year = collectionYear(endYear);
  return layout.columns.map((column) => {
    const index = positions.get(column.name) ?? -1;
    if (index < 0) {
      problems.push({
        ...where,
        severity: column.required ? 'error' : 'warning',
        kind: 'missing-column',
        field: column.name,
        message: column.required
          ? `the ${layout.table} table has no ${column.name} column, which the DfE requires in ${year} returns: every row's ${column.name} is read as blank`
          : `the ${layout.table} table has no ${column.name} column (it may be blank, but the DfE layout includes it): every row's ${column.name} is read as blank`,
      });
    }
    return { column, index, read: cellReader(column, endYear) };
  });
}

/** Collects one row's values, raw texts and problems; one instance serves every row of a table. */
class RowNotes implements CellNotes {
  row: Record<string, unknown>;
  child = '';
  private column: Column903 | undefined;
  private text = '';
  private line = 0;
  private rawTexts: Record<string, string> | undefined;
  private readonly table: string;
  private readonly file: string;
  private readonly problems: ReadProblem[];
  /**
   * Every row starts as a copy of this, so all rows of a table share one object shape with their fields
   * stored inline: tens of thousands of rows built key by key cost several times more, mostly in garbage collection.
   */
  private readonly blank: Readonly<Record<string, unknown>>;

  constructor(layout: Layout903, file: string, problems: ReadProblem[]) {
    this.table = layout.table;
    this.file = file;
    this.problems = problems;
    this.blank = Object.fromEntries([...layout.columns.map((c) => [c.name, null]), ['line', 0]]);
    this.row = { ...this.blank };
  }

  start(line: number): void {
    this.row = { ...this.blank };
    this.line = line;
    this.child = '';
    this.rawTexts = undefined;
  }

  /** The row read, in its table's shape (checked by the layout, not the compiler). */
  finish(): unknown {
    this.row.line = this.line;
    if (this.rawTexts) this.row.raw = this.rawTexts;
    return this.row;
  }

  /** The cell about to be read (none for a problem with the whole row). */
  cell(column: Column903 | undefined, text: string): void {
    this.column = column;
    this.text = text;
  }

  raw(text: string): void {
    (this.rawTexts ??= {})[this.column!.name] = text;
  }

  problem(severity: 'error' | 'warning', kind: ReadProblemKind, message: string): void {
    const column = this.column;
    // Dates of birth, UPNs and postcodes identify a child: the file and line are enough to find them.
    const shown = column?.personal || this.text === '' ? undefined : this.text.length > 80 ? `${this.text.slice(0, 80)}…` : this.text;
    this.problems.push({
      severity,
      kind,
      file: this.file,
      line: this.line,
      path: this.table,
      ...(column ? { field: column.name } : {}),
      ...(shown !== undefined ? { value: shown } : {}),
      ...(this.child ? { child: this.child } : {}),
      message: column ? `${column.name} ${shown !== undefined ? `'${shown}' ` : ''}${message}` : message,
    });
  }
}
