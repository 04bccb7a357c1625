import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';
import { dayNumber } from '../../model/dates.ts';
import { EXCEL_EPOCH } from './cell.ts';
import { labelFor } from './codes.ts';
import type { AnnexAData, AnnexARecord } from '../../model/annex-a.ts';
import { annexALists } from './template.ts';
import type { AnnexAColumn, AnnexAList } from './types.ts';

/** A column Sightline leaves empty, and why: Ofsted asks for it but the data cannot fill it. */
export interface UnfilledColumn {
  readonly list: number;
  readonly heading: string;
  readonly why: string;
}

export interface AnnexAWorkbook extends AnnexAData {
  /** Months before `at` the lists look back over (Ofsted: 6, or 12 for adoption lists). */
  readonly months: number;
  readonly unfilled: readonly UnfilledColumn[];
}

/** The cover sheet's name and the label of its snapshot date, which the reader looks for. */
export const COVER_SHEET = 'Cover';
export const COVER_DATE_LABEL = 'Snapshot (inspection) date';

/**
 * The Annex A workbook: a cover sheet (the date, the period, and which columns are empty and why), then
 * every list in Ofsted's sheet names and exact headings, coded columns in Ofsted's drop-down labels and
 * dates as real Excel dates, so that an inspector's tools read it as they read a council's own.
 */
export function writeAnnexA(book: AnnexAWorkbook): Uint8Array {
  const wb = utils.book_new();
  utils.book_append_sheet(wb, coverSheet(book), COVER_SHEET);
  for (const list of annexALists) utils.book_append_sheet(wb, listSheet(list, book.lists[list.list] ?? []), list.sheet);
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

function coverSheet(book: AnnexAWorkbook): WorkSheet {
  const rows: (string | number)[][] = [
    ['Ofsted Annex A, produced by Sightline from the CIN census, SSDA903 and Annex A returns in its store'],
    [COVER_DATE_LABEL, book.at],
    ['Period looked back over (months)', book.months],
    [],
    ['List', 'Column', 'Why it is empty'],
    ...book.unfilled.map((u) => [`List ${u.list}`, u.heading, u.why]),
  ];
  return utils.aoa_to_sheet(rows);
}

function listSheet(list: AnnexAList, records: readonly AnnexARecord[]): WorkSheet {
  const ws: WorkSheet = {};
  list.columns.forEach((c, col) => (ws[utils.encode_cell({ r: 0, c: col })] = { t: 's', v: c.heading }));
  records.forEach((record, i) => {
    list.columns.forEach((column, col) => {
      const cell = cellOf(column, record.values[column.heading] ?? null);
      if (cell) ws[utils.encode_cell({ r: i + 1, c: col })] = cell;
    });
  });
  ws['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(records.length, 1), c: list.columns.length - 1 } });
  return ws;
}

function cellOf(column: AnnexAColumn, value: string | number | null): CellObject | null {
  if (value === null || value === '') return null;
  switch (column.type) {
    case 'date': return { t: 'n', v: dayNumber(String(value)) + EXCEL_EPOCH, z: 'dd/mm/yyyy' };
    case 'age':
    case 'integer': return { t: 'n', v: Number(value) };
    case 'category': return { t: 's', v: labelFor(column.codes!, String(value)) ?? String(value) };
    default: return { t: 's', v: String(value) };
  }
}
