import { collectionYear, endYearOf, type CollectionYear } from '../../model/collection-year.ts';
import type { ReadProblem } from '../../model/problem.ts';
import type { Header903, Ssda903Return, Ssda903TableName, Ssda903Tables } from '../../model/ssda903.ts';
import { rootElement } from '../detect.ts';
import { splitCsv } from './csv-rows.ts';
import { identifyTable, isColumn903 } from './identify-table.ts';
import { tablesFrom903Xml } from './read-903-xml.ts';
import { readTable } from './read-table.ts';
import { inReturn, layouts903, tableNames903, type Layout903 } from './tables.ts';
import { decodeFile, type TextFile } from './text-file.ts';
import { yearFromPath } from './year-from-path.ts';

export interface Read903Options {
  /** The return year; without it, the year the file names imply (`SSDA903_2020_episodes.csv`, `.../2024/`). */
  year?: CollectionYear;
  /** The council's three-digit DfE code: the CSVs do not carry it. */
  la?: string;
}

export interface Read903Result {
  /** Null when the year is unknown or no file held an SSDA903 table. */
  return: Ssda903Return | null;
  problems: ReadProblem[];
}

/**
 * Reads a year's SSDA903 tables. Files are recognised by their header row (column set), not their names;
 * anything that is not a table of the year is reported and the other tables still load. Never throws on
 * bad input.
 */
export function read903(files: readonly TextFile[], options: Read903Options = {}): Read903Result {
  const problems: ReadProblem[] = [];
  const year = returnYear(files, options.year, problems);
  if (!year) return { return: null, problems };
  const endYear = endYearOf(year);
  const tables: Partial<Record<Ssda903TableName, unknown[]>> = {};
  const sources = new Map<Ssda903TableName, string>();
  for (const file of files) {
    const decoded = decodeFile(file);
    problems.push(...decoded.problems);
    if (decoded.text === null) continue;
    if (rootElement(decoded.text.slice(0, 4096)) === 'EXPSSDA903') {
      const xml = tablesFrom903Xml(decoded.text, file.name);
      problems.push(...xml.problems);
      for (const [table, rows] of xml.tables) {
        const layout = tableOf(file.name, rows.rows[0], year, sources, problems);
        if (!layout) continue;
        sources.set(table, file.name);
        tables[table] = readTable(layout, rows, file.name, endYear, problems);
      }
      if (tables.header) tables.header = tables.header.map((row, i) => ({ ...(row as Header903), UASC: xml.headerUasc[i] ?? null }));
      continue;
    }
    const csv = splitCsv(decoded.text);
    const layout = tableOf(file.name, csv.rows[0], year, sources, problems);
    for (const e of csv.errors) problems.push({ severity: 'warning', kind: 'bad-row', file: file.name, line: e.line, ...(layout ? { path: layout.table } : {}), message: e.message });
    if (!layout) continue;
    sources.set(layout.table, file.name);
    tables[layout.table] = readTable(layout, csv, file.name, endYear, problems);
  }
  if (sources.size === 0) {
    problems.push({ severity: 'error', kind: 'unknown-table', message: 'none of the files holds an SSDA903 table' });
    return { return: null, problems };
  }
  return {
    return: {
      year,
      la: options.la ?? null,
      tables: Object.fromEntries(tableNames903.map((t) => [t, tables[t] ?? []])) as unknown as Ssda903Tables,
      // Only tables the year's return has: DoLo is not "missing" from a return made before it existed.
      absent: tableNames903.filter((t) => !sources.has(t) && inReturn(layouts903[t], endYear)),
    },
    problems,
  };
}

/** The table a file holds, or null (with a problem) when it holds none of this year's tables or repeats one. */
function tableOf(
  file: string,
  header: readonly string[] | undefined,
  year: CollectionYear,
  sources: ReadonlyMap<Ssda903TableName, string>,
  problems: ReadProblem[],
): Layout903 | null {
  const at = { file, line: 1 };
  if (!header) {
    problems.push({ ...at, severity: 'warning', kind: 'unknown-table', message: 'the file is empty: it has no header row, so its table cannot be recognised' });
    return null;
  }
  const layout = identifyTable(header);
  if (!layout) {
    const names = header.map((h) => h.trim());
    // A first row that names no 903 column is probably data (a file saved without its header): its values are not repeated here.
    const shown = names.some(isColumn903)
      ? `its columns are ${names.join(', ')}`
      : `its first row (${names.length} values) names none of the SSDA903 columns such as CHILD, DOB or DECOM: it is another kind of file, or a table whose header row is missing`;
    problems.push({ ...at, severity: 'error', kind: 'unknown-table', message: `the file does not match any SSDA903 table: ${shown}` });
    return null;
  }
  if (!inReturn(layout, endYearOf(year))) {
    problems.push({
      ...at,
      path: layout.table,
      severity: 'error',
      kind: 'unknown-table',
      message: `the file holds the ${layout.table} table (${layout.fileName}), which SSDA903 returns have only from ${collectionYear(layout.from!)}: it is not read as part of the ${year} return`,
    });
    return null;
  }
  const first = sources.get(layout.table);
  if (first !== undefined) {
    problems.push({
      ...at,
      path: layout.table,
      severity: 'error',
      kind: 'duplicate-table',
      message: `the file holds the ${layout.table} table, which was already read from ${first}: this second copy is not read`,
    });
    return null;
  }
  return layout;
}

/** The year asked for, else the one the file names agree on; null (with a problem) when neither says. */
function returnYear(files: readonly TextFile[], asked: CollectionYear | undefined, problems: ReadProblem[]): CollectionYear | null {
  const named = new Map<CollectionYear, string>();
  for (const file of files) {
    const year = yearFromPath(file.name);
    if (year && !named.has(year)) named.set(year, file.name);
  }
  if (asked) {
    for (const [year, file] of named) {
      if (year !== asked) problems.push({ severity: 'warning', kind: 'unknown-year', file, message: `the file name suggests the ${year} return, but the files are read as the ${asked} return` });
    }
    return asked;
  }
  if (named.size === 1) return named.keys().next().value!;
  problems.push({
    severity: 'error',
    kind: 'unknown-year',
    message: named.size === 0
      ? 'the return year is not known: the SSDA903 CSV files do not say it and their names do not include it; give the year (e.g. 2025/26)'
      : `the file names suggest different return years (${[...named.keys()].join(', ')}): give the year to read them as`,
  });
  return null;
}

