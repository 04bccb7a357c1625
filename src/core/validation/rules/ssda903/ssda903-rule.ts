import type { CollectionYear } from '../../../model/collection-year.ts';
import type { IsoDate } from '../../../model/dates.ts';
import type {
  Ad1, Ad1Field, Dolo, Episode, EpisodeField, Header903, Header903Field, Missing, Oc2, Oc2Field, Oc3, PlacedForAdoption,
  PreviousPermanence, Review, SocialWorkerEpisode, Ssda903Return, Ssda903TableName, Ssda903Tables, Uasc,
} from '../../../model/ssda903.ts';
import { cellOf } from '../../cells.ts';
import type { Cell, Report, Rule, RuleMeta } from '../../types.ts';
import type { ChildFacts } from './child-facts.ts';
import type { PostcodeLookup, ProviderLookup } from './reference-data.ts';

/** What every SSDA903 rule may look at besides the child: the year, the whole return, last year's and the reference data. */
export interface Ssda903Context {
  readonly year: CollectionYear;
  /** The calendar year the return ends in (2024 for 2023/24), for code lists and age cut-offs. */
  readonly endYear: number;
  /** 1 April at the start of the collection year. */
  readonly collectionStart: IsoDate;
  /** 31 March at the end of the collection year. */
  readonly referenceDate: IsoDate;
  /** The council's three-digit DfE code, when known (the CSVs do not carry it). */
  readonly la: string | null;
  readonly current: Ssda903Return;
  readonly previous: Ssda903Return | null;
  readonly tablesPresent: ReadonlySet<Ssda903TableName>;
  readonly postcodes: PostcodeLookup | null;
  readonly providers: ProviderLookup | null;
}

/**
 * One child: that child's rows of every table of the return, in file order (a table the return left out
 * gives no rows: a rule on it is skipped through its table need, never passed), last year's rows, and the
 * facts many rules share.
 */
export interface Child903 extends Ssda903Tables {
  readonly CHILD: string;
  /** Last year's rows of this child (empty tables when the child is new); null when no previous return was given. */
  readonly previous: Ssda903Tables | null;
  /** The tables this year's return included (shared by every child). */
  readonly tablesPresent: ReadonlySet<Ssda903TableName>;
  readonly facts: ChildFacts;
}

export type Ssda903Rule = Rule<Child903, Ssda903Context>;

/** The return years Sightline has SSDA903 rules for. */
export const SSDA903_YEARS = ['2022/23', '2023/24', '2024/25', '2025/26', '2026/27'] as const satisfies readonly CollectionYear[];

/**
 * A rule that looks at one child at a time. `reads` names the tables it looks at when it finds nothing in a
 * child with no rows in any of them, so the engine can pass such a child by (see `Rule.reads`).
 */
export function childRule(
  meta: RuleMeta,
  check: (child: Child903, context: Ssda903Context, report: Report) => void,
  reads?: readonly Ssda903TableName[],
): Ssda903Rule {
  return { meta, ...(reads ? { reads } : {}), start: () => ({ record: check }) };
}

/** A rule over each row of one table, with the row's child for cross-table checks. */
export function tableRule<T extends Ssda903TableName>(
  meta: RuleMeta,
  table: T,
  check: (row: Ssda903Tables[T][number], context: Ssda903Context, report: Report, child: Child903) => void,
): Ssda903Rule {
  return {
    meta,
    reads: [table],
    start: () => ({ rows: table, row: check }),
  };
}

/** One rule per variant of a DfE code, with the same logic given each variant's meta (for variants that differ only in wording or code lists). */
export function eachVariant(variants: readonly RuleMeta[], make: (meta: RuleMeta) => Ssda903Rule): Ssda903Rule[] {
  return variants.map(make);
}

/** The DfE's name for each table, as findings show it. */
export const tableTitles: Readonly<Record<Ssda903TableName, string>> = {
  header: 'Header', episodes: 'Episodes', reviews: 'Reviews', uasc: 'UASC', oc2: 'OC2', oc3: 'OC3', ad1: 'AD1',
  placed_for_adoption: 'PlacedAdoption', previous_permanence: 'PrevPerm', missing: 'Missing', social_worker: 'SWEpisodes', dolo: 'DoLo',
};

/** The columns of a table. */
export type Column<T extends Ssda903TableName> = Exclude<keyof Ssda903Tables[T][number], 'line' | 'lines' | 'raw'> & string;

/** The cell of any table's column, for rules written over several tables alike. */
export function cellIn<T extends Ssda903TableName>(table: T, row: Ssda903Tables[T][number], field: Column<T>): Cell {
  return cellOf(tableTitles[table], row as never, field as never);
}

/** Cells of the SSDA903 tables, named as the DfE names the tables and columns. */
export const at = {
  header: (r: Header903, f: Header903Field): Cell => cellOf('Header', r, f),
  episode: (r: Episode, f: EpisodeField): Cell => cellOf('Episodes', r, f),
  review: (r: Review, f: 'CHILD' | 'DOB' | 'REVIEW' | 'REVIEW_CODE'): Cell => cellOf('Reviews', r, f),
  uasc: (r: Uasc, f: 'CHILD' | 'SEX' | 'DOB' | 'DUC'): Cell => cellOf('UASC', r, f),
  oc2: (r: Oc2, f: Oc2Field): Cell => cellOf('OC2', r, f),
  oc3: (r: Oc3, f: 'CHILD' | 'DOB' | 'IN_TOUCH' | 'ACTIV' | 'ACCOM'): Cell => cellOf('OC3', r, f),
  ad1: (r: Ad1, f: Ad1Field): Cell => cellOf('AD1', r, f),
  placed: (r: PlacedForAdoption, f: 'CHILD' | 'DOB' | 'DATE_PLACED' | 'DATE_PLACED_CEASED' | 'REASON_PLACED_CEASED'): Cell =>
    cellOf('PlacedAdoption', r, f),
  permanence: (r: PreviousPermanence, f: 'CHILD' | 'DOB' | 'PREV_PERM' | 'LA_PERM' | 'DATE_PERM'): Cell => cellOf('PrevPerm', r, f),
  missing: (r: Missing, f: 'CHILD' | 'DOB' | 'MISSING' | 'MIS_START' | 'MIS_END'): Cell => cellOf('Missing', r, f),
  socialWorker: (r: SocialWorkerEpisode, f: 'CHILD' | 'DOB' | 'SW_ID' | 'SW_DECOM' | 'SW_DEC' | 'SW_REASON'): Cell => cellOf('SWEpisodes', r, f),
  dolo: (r: Dolo, f: 'CHILD' | 'DOB' | 'DOLO_START' | 'DOLO_END'): Cell => cellOf('DoLo', r, f),
  /** A cell of last year's return, labelled so a person does not look for it in this year's files. */
  previous: (cell: Cell): Cell => ({ ...cell, table: `${cell.table} (previous year)` }),
};

/** A cell of a row the child should have but does not (e.g. no OC2 row): the table and field, no value, no line. */
export function absentCell(table: string, field: string): Cell {
  return { table, field, value: null };
}

/** A field that was given but could not be read (e.g. a date that is not a date): its raw text is kept, its value is null. */
export function unreadable<F extends string>(row: { readonly raw?: Partial<Record<F, string>> } & { readonly [K in F]?: unknown }, field: F): boolean {
  return row[field] === null && row.raw?.[field] !== undefined && row.raw[field]!.trim() !== '';
}

/** A code's trimmed text, so that ` C2` and `C2` compare equal; null when blank. */
export function code(value: string | null | undefined): string | null {
  const t = value?.trim();
  return t ? t : null;
}

/** A field left blank (or absent). */
export function blank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function inYear(context: Ssda903Context, date: IsoDate): boolean {
  return date >= context.collectionStart && date <= context.referenceDate;
}

/** The child's date of birth: the header's (the one every other DOB must agree with), else the one a satellite row repeats. */
export function dobOf(child: Child903, row?: { readonly DOB: IsoDate | null }): IsoDate | null {
  return child.facts.header?.DOB ?? row?.DOB ?? null;
}

/** Given: a value, or text that could not be read (which is given, though wrong). */
export function given<F extends string>(row: { readonly raw?: Partial<Record<F, string>> } & { readonly [K in F]?: unknown }, field: F): boolean {
  return !blank(row[field]) || unreadable(row, field);
}

/** The DfE's "female" in SEX, in either year's coding. */
export function isFemale(sex: string | null): boolean {
  return sex === '2' || sex === 'F';
}

export function isMale(sex: string | null): boolean {
  return sex === '1' || sex === 'M';
}

/** The DfE's female SEX code in the return's own year (2 to 2023/24, F from 2024/25), for rules whose variants differ only in it. */
export function femaleCode(context: Ssda903Context): string {
  return context.endYear >= 2025 ? 'F' : '2';
}

/** The first of some fields that is given, for reporting a row that should have none. */
export function firstGiven<F extends string>(
  row: { readonly raw?: Partial<Record<F, string>> } & { readonly [K in F]?: unknown },
  fields: readonly F[],
): F | undefined {
  for (let i = 0; i < fields.length; i++) if (given(row, fields[i]!)) return fields[i];
  return undefined;
}
