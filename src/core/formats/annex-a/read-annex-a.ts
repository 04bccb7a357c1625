import { read, utils, type WorkBook, type WorkSheet } from '@e965/xlsx';
import type { IsoDate } from '../../model/dates.ts';
import type { ReadProblem, ReadProblemKind } from '../../model/problem.ts';
import { readCell, type SheetValue } from './cell.ts';
import type { AnnexARecord } from '../../model/annex-a.ts';
import { annexALists } from './template.ts';
import type { AnnexAColumn, AnnexAList } from './types.ts';
import { COVER_DATE_LABEL, COVER_SHEET } from './write-annex-a.ts';

export interface AnnexARead {
  /** Rows of each list found, by list number. */
  readonly lists: Record<number, AnnexARecord[]>;
  /** The snapshot date, when the workbook states it (Sightline's cover sheet). */
  readonly at: IsoDate | null;
  /** Errors mean the workbook cannot be taken as a whole (nothing of it should be stored); warnings are per cell. */
  readonly problems: ReadProblem[];
}

const PERSONAL = /birth|postcode/i;

/** Rows searched for the heading row: exports often put a title or notes above it. */
const HEADING_SEARCH = 10;

/**
 * Reads a council's Annex A workbook, any year's template: each sheet is recognised as a list by its
 * headings (not its name), each heading by Ofsted's wording or the patterns councils' variants follow,
 * and each value mapped to its DfE code through Ofsted's labels and councils' known spellings. Every
 * cell that cannot be understood is reported by sheet, row, column and value, and kept as written.
 */
export function readAnnexA(bytes: Uint8Array, file: string): AnnexARead {
  const problems: ReadProblem[] = [];
  const lists: Record<number, AnnexARecord[]> = {};
  const fail = (kind: ReadProblemKind, message: string, extra: Partial<ReadProblem> = {}): AnnexARead => {
    problems.push({ severity: 'error', kind, file, message, ...extra });
    return { lists: {}, at: null, problems };
  };
  let wb: WorkBook;
  try {
    wb = read(bytes, { type: 'array', cellDates: false, cellFormula: false, cellHTML: false, cellText: false });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    // Excel saves a password-protected workbook as an OLE container (not a zip) holding the encrypted package.
    const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    return fail('bad-format', ole && /password|encrypt/i.test(why)
      ? 'the workbook is password-protected: remove the password in Excel (File, Info, Protect Workbook) and import it again.'
      : `the file could not be opened as an Excel workbook (${why}): save it again from Excel as .xlsx.`);
  }
  if (wb.SheetNames.length === 0) return fail('bad-format', 'the workbook has no sheets.');
  const at = coverDate(wb);
  const seen = new Map<number, string>();
  for (const name of wb.SheetNames) {
    if (name === COVER_SHEET) continue;
    const ws = wb.Sheets[name]!;
    const rows = utils.sheet_to_json<SheetValue[]>(ws, { header: 1, raw: true, blankrows: true, defval: null });
    const found = recogniseList(name, rows);
    if (!found) {
      problems.push({ severity: 'warning', kind: 'unknown-table', file, path: name, message: `sheet ${name} is not one of Ofsted's Annex A lists (its headings match none): it was not read.` });
      continue;
    }
    const { list, headingRow, columns } = found;
    const earlier = seen.get(list.list);
    if (earlier !== undefined) {
      problems.push({ severity: 'error', kind: 'duplicate-table', file, path: name, message: `sheet ${name} holds list ${list.list} (${list.subject}), as sheet ${earlier} already does: keep one.` });
      continue;
    }
    seen.set(list.list, name);
    const merged = mergesFrom(ws, headingRow);
    if (merged) {
      problems.push({ severity: 'error', kind: 'bad-format', file, path: name, value: merged, message: `sheet ${name} has merged cells (${merged}): a merged cell gives its value to one row only, so unmerge them and fill every row.` });
      continue;
    }
    // Earlier years' templates lack some of today's columns: they are read as empty, and said so once.
    for (const missing of list.columns.filter((c) => !columns.has(c))) {
      problems.push({ severity: 'warning', kind: 'missing-column', file, path: name, field: missing.heading, message: `sheet ${name} (list ${list.list}) has no column "${missing.heading}": it is taken as empty.` });
    }
    lists[list.list] = readRows(rows, headingRow, list, columns, name, file, problems);
  }
  if (seen.size === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push({ severity: 'error', kind: 'missing-column', file, message: 'no sheet of the workbook has the headings of an Annex A list (Child Unique ID, Gender, Ethnicity…): is it an Annex A?' });
  }
  for (const list of annexALists) {
    if (seen.size > 0 && !seen.has(list.list)) {
      problems.push({ severity: 'warning', kind: 'unknown-table', file, path: list.sheet, message: `the workbook has no sheet for list ${list.list} (${list.subject}): it is taken as empty.` });
    }
  }
  return { lists: problems.some((p) => p.severity === 'error') ? {} : lists, at, problems };
}

function coverDate(wb: WorkBook): IsoDate | null {
  const cover = wb.Sheets[COVER_SHEET];
  if (!cover) return null;
  const rows = utils.sheet_to_json<SheetValue[]>(cover, { header: 1, raw: true });
  const row = rows.find((r) => r[0] === COVER_DATE_LABEL);
  const value = readCell({ heading: COVER_DATE_LABEL, type: 'date', blank: true }, row?.[1]).value;
  return typeof value === 'string' ? value : null;
}

function headingKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Which template column a sheet heading is: Ofsted's wording (ignoring case, spaces and punctuation), else a known pattern. */
function matchColumns(list: AnnexAList, headings: readonly SheetValue[]): Map<AnnexAColumn, number> {
  const matched = new Map<AnnexAColumn, number>();
  const taken = new Set<number>();
  const keys = headings.map((h) => (typeof h === 'string' ? headingKey(h) : ''));
  for (const column of list.columns) {
    const at = keys.findIndex((k, i) => k !== '' && k === headingKey(column.heading) && !taken.has(i));
    if (at >= 0) {
      matched.set(column, at);
      taken.add(at);
    }
  }
  for (const column of list.columns) {
    if (matched.has(column) || !column.headerPatterns) continue;
    const patterns = column.headerPatterns.map((p) => new RegExp(p, 'i'));
    const at = headings.findIndex((h, i) => !taken.has(i) && typeof h === 'string' && patterns.some((p) => p.test(h)));
    if (at >= 0) {
      matched.set(column, at);
      taken.add(at);
    }
  }
  return matched;
}

/** The list a sheet holds: the one whose headings it matches best (its name breaks ties), with the heading row. */
function recogniseList(name: string, rows: readonly SheetValue[][]): { list: AnnexAList; headingRow: number; columns: Map<AnnexAColumn, number> } | null {
  let best: { list: AnnexAList; headingRow: number; columns: Map<AnnexAColumn, number>; score: number } | null = null;
  const named = /^list\s*(\d+)/i.exec(name.trim());
  for (let r = 0; r < Math.min(rows.length, HEADING_SEARCH); r++) {
    const headings = rows[r] ?? [];
    const filled = headings.filter((h) => typeof h === 'string' && h.trim() !== '').length;
    for (const list of annexALists) {
      const columns = matchColumns(list, headings);
      if (![...columns.keys()].some((c) => c.type === 'id')) continue;
      const score = 2 * columns.size - filled + (named && Number(named[1]) === list.list ? 0.5 : 0);
      if (columns.size >= 3 && (!best || score > best.score)) best = { list, headingRow: r, columns, score };
    }
  }
  return best;
}

/** The first merged range at or below the heading row, as A1 text. */
function mergesFrom(ws: WorkSheet, headingRow: number): string | null {
  const range = (ws['!merges'] ?? []).find((m) => m.e.r >= headingRow);
  return range ? utils.encode_range(range) : null;
}

function readRows(
  rows: readonly SheetValue[][], headingRow: number, list: AnnexAList, columns: Map<AnnexAColumn, number>, sheet: string, file: string, problems: ReadProblem[],
): AnnexARecord[] {
  const records: AnnexARecord[] = [];
  const idColumn = list.columns.find((c) => c.type === 'id')!;
  for (let r = headingRow + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.every((v) => v === null || v === undefined || (typeof v === 'string' && v.trim() === ''))) continue;
    const line = r + 1;
    const values: Record<string, string | number | null> = {};
    const raw: Record<string, string> = {};
    const id = readCell(idColumn, row[columns.get(idColumn)!]);
    const child = typeof id.value === 'string' ? id.value : undefined;
    for (const column of list.columns) {
      const at = columns.get(column);
      if (at === undefined) {
        values[column.heading] = null;
        continue;
      }
      const cell = readCell(column, row[at]);
      values[column.heading] = cell.value;
      if (cell.raw !== undefined) raw[column.heading] = cell.raw;
      if (cell.problem) {
        // A mistyped date of birth or postcode is still the child's: the problem names the cell, not its text.
        const shown = cell.raw !== undefined && column.type !== 'id' && !PERSONAL.test(column.heading) ? cell.raw : undefined;
        problems.push({
          severity: 'warning', kind: cell.raw === undefined ? 'missing-value' : column.type === 'category' ? 'bad-code' : column.type === 'date' ? 'bad-date' : 'bad-number',
          file, line, path: sheet, field: column.heading, ...(shown !== undefined ? { value: shown } : {}), ...(child ? { child } : {}),
          message: `sheet ${sheet}, row ${line}, column "${column.heading}"${shown !== undefined ? `: "${shown}"` : ''} ${cell.problem}.`,
        });
      }
    }
    records.push({ list: list.list, line, values, ...(Object.keys(raw).length ? { raw } : {}) });
  }
  return records;
}
