import type { IsoDate } from './dates.ts';

/**
 * One row of one Annex A list, by Ofsted's headings: ids and free text as strings, dates as ISO dates,
 * counts and ages as numbers, coded columns as the DfE code inside Ofsted's label (`WBRI`, `1A`, `C2`,
 * `Yes`). A value that could not be understood is null, with the cell's text kept in `raw`.
 */
export type AnnexAValue = string | number | null;

export interface AnnexARecord {
  /** 1–11. */
  readonly list: number;
  /** Spreadsheet row (the heading row's number + 1 for the first child). */
  readonly line?: number;
  readonly values: Readonly<Record<string, AnnexAValue>>;
  /** The cell's text as the workbook gave it, where it differs from the value understood (e.g. `Female` for `Female`'s code, `1234.0` for id 1234). */
  readonly raw?: Readonly<Record<string, string>>;
}

/** An Annex A as of one date: what a council gave Ofsted, or what Sightline produced. */
export interface AnnexAData {
  /** The inspection (snapshot) date the lists are drawn up for. */
  readonly at: IsoDate;
  /** Rows of each list, by list number. */
  readonly lists: Readonly<Record<number, readonly AnnexARecord[]>>;
}

/** The id a row is about: the child's, or (list 11) the adopter's. */
export function recordId(r: AnnexARecord): string | null {
  const id = r.values['Child Unique ID'] ?? r.values['Individual adopter identifier'];
  return typeof id === 'string' && id !== '' ? id : null;
}
