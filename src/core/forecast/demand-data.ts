import { splitCsv } from '../formats/ssda903/csv-rows.ts';
import { endYearOf } from '../model/collection-year.ts';
import { parseDate, type IsoDate } from '../model/dates.ts';
import type { Ssda903Return, Ssda903Tables } from '../model/ssda903.ts';

/**
 * What the demand model reads: the 903 episode, header and UASC rows of several years stacked, each with
 * the collection year (ending 31 March YEAR) it came from, as the reference model's "data platform" CSVs.
 */
export interface DemandEpisode {
  readonly CHILD: string;
  readonly DECOM: IsoDate | null;
  readonly RNE: string | null;
  readonly PLACE: string | null;
  readonly PLACE_PROVIDER: string | null;
  readonly DEC: IsoDate | null;
  readonly REC: string | null;
  readonly REASON_PLACE_CHANGE: string | null;
  readonly YEAR: number;
}

export interface DemandHeader {
  readonly CHILD: string;
  readonly SEX: string | null;
  readonly DOB: IsoDate | null;
  readonly ETHNIC: string | null;
  readonly YEAR: number;
}

export interface DemandData {
  readonly episodes: readonly DemandEpisode[];
  readonly header: readonly DemandHeader[];
  /** Children with a UASC row in any year. */
  readonly uasc: readonly { readonly CHILD: string }[];
}

/** Stacks the years' returns (as `read903` gives them). */
export function demandDataFromReturns(returns: readonly Ssda903Return[]): DemandData {
  return demandDataFromTables(returns.map((r) => ({ YEAR: endYearOf(r.year), ...r.tables })));
}

/** One collection year's episode, header and UASC rows (a whole return's, or a store's children's). */
export type YearTables = { readonly YEAR: number } & Partial<Pick<Ssda903Tables, 'episodes' | 'header' | 'uasc'>>;

/** Stacks years of 903 rows, each tagged with its collection year. */
export function demandDataFromTables(years: Iterable<YearTables>): DemandData {
  const episodes: DemandEpisode[] = [];
  const header: DemandHeader[] = [];
  const uasc: { CHILD: string }[] = [];
  for (const { YEAR, ...tables } of years) {
    for (const e of tables.episodes ?? []) {
      episodes.push({ CHILD: e.CHILD, DECOM: e.DECOM, RNE: e.RNE, PLACE: e.PLACE, PLACE_PROVIDER: e.PLACE_PROVIDER, DEC: e.DEC, REC: e.REC, REASON_PLACE_CHANGE: e.REASON_PLACE_CHANGE, YEAR });
    }
    for (const h of tables.header ?? []) {
      header.push({ CHILD: h.CHILD, SEX: h.SEX, DOB: h.DOB, ETHNIC: h.ETHNIC, YEAR });
      // The XML layout flags UASC on the header instead of a uasc table.
      if (h.UASC === '1') uasc.push({ CHILD: h.CHILD });
    }
    for (const u of tables.uasc ?? []) uasc.push({ CHILD: u.CHILD });
  }
  return { episodes, header, uasc };
}

/** A stacked CSV that lacks a column the model needs. */
export class DemandCsvError extends Error {}

/**
 * Reads the regional "data platform" CSVs (episodes, header, uasc: 903 columns plus YEAR, dates ISO or
 * DD/MM/YYYY). Throws DemandCsvError naming the file and the missing column.
 */
export function demandDataFromStackedCsv(files: { readonly episodes: string; readonly header: string; readonly uasc?: string }): DemandData {
  const episodes = rowsOf(files.episodes, 'episodes', ['CHILD', 'DECOM', 'RNE', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'YEAR']).map((r) => ({
    CHILD: r.CHILD!, DECOM: date(r.DECOM), RNE: text(r.RNE), PLACE: text(r.PLACE), PLACE_PROVIDER: text(r.PLACE_PROVIDER), DEC: date(r.DEC), REC: text(r.REC), REASON_PLACE_CHANGE: text(r.REASON_PLACE_CHANGE), YEAR: Number(r.YEAR),
  }));
  const header = rowsOf(files.header, 'header', ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'YEAR']).map((r) => ({ CHILD: r.CHILD!, SEX: text(r.SEX), DOB: date(r.DOB), ETHNIC: text(r.ETHNIC), YEAR: Number(r.YEAR) }));
  const uasc = files.uasc === undefined ? [] : rowsOf(files.uasc, 'uasc', ['CHILD']).map((r) => ({ CHILD: r.CHILD! }));
  return { episodes, header, uasc };
}

function rowsOf(csv: string, table: string, needed: readonly string[]): Record<string, string>[] {
  const [head, ...rows] = splitCsv(csv).rows;
  const columns = (head ?? []).map((c) => c.trim().toUpperCase());
  const missing = needed.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new DemandCsvError(`the ${table} CSV has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}`);
  return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]?.trim() ?? ''])));
}

function text(cell: string | undefined): string | null {
  return cell ? cell : null;
}

function date(cell: string | undefined): IsoDate | null {
  return cell ? parseDate(cell) : null;
}
