import { ethnicity } from '../../codes/cin-codes.ts';
import { yesNo, type CodeListHistory } from '../../codes/code-list.ts';
import * as codes from '../../codes/ssda903-codes.ts';
import type { Recorded } from '../../model/provenance.ts';
import type { Ssda903TableName, Ssda903Tables } from '../../model/ssda903.ts';

/**
 * The SSDA903 CSV tables as the DfE lays them out: file name, columns in DfE order, and what each column
 * holds. Column sets are the LIIA schema (2017 base plus yearly diffs, datasets.md §2.2, §2.4); they have not
 * changed since 2017 apart from whole tables being added, so one layout per table serves every year.
 */

/** How a cell is read. `id` is the child id (spreadsheets turn 1234 into 1234.0); `partial-date` is kept as written. */
export type ColumnKind = 'id' | 'text' | 'code' | 'date' | 'integer' | 'partial-date';

/** A table's column names (for a union of tables, every name any of them has). */
export type Field903<T extends Ssda903TableName> = T extends Ssda903TableName ? Exclude<keyof Ssda903Tables[T][number], keyof Recorded> & string : never;

export interface Column903<T extends Ssda903TableName = Ssda903TableName> {
  readonly name: Field903<T>;
  readonly kind: ColumnKind;
  /** The DfE does not allow it blank (LIIA `canbeblank: no`): a file without the column is an error. */
  readonly required: boolean;
  readonly codes?: CodeListHistory;
  /** Identifies a person (dates of birth, UPN, postcodes): its values are never quoted in problems. */
  readonly personal?: boolean;
}

export interface Layout903<T extends Ssda903TableName = Ssda903TableName> {
  readonly table: T;
  /** The DfE file name, e.g. `sw_episodes.csv`. */
  readonly fileName: string;
  readonly columns: readonly Column903<T>[];
  /** First return that has the table, as its end year (2024 = 2023/24); absent when it has always existed. */
  readonly from?: number;
}

const child = { name: 'CHILD', kind: 'id', required: true } as const;
const dob = { name: 'DOB', kind: 'date', required: true, personal: true } as const;

function code<T extends Ssda903TableName>(name: Field903<T>, list: CodeListHistory, required: boolean): Column903<T> {
  return { name, kind: 'code', required, codes: list };
}

function date<T extends Ssda903TableName>(name: Field903<T>, required: boolean): Column903<T> {
  return { name, kind: 'date', required };
}

function text<T extends Ssda903TableName>(name: Field903<T>, required: boolean, personal = false): Column903<T> {
  return personal ? { name, kind: 'text', required, personal } : { name, kind: 'text', required };
}

export const layouts903: { readonly [T in Ssda903TableName]: Layout903<T> } = {
  header: {
    table: 'header',
    fileName: 'header.csv',
    columns: [
      child,
      code('SEX', codes.sex903, true),
      dob,
      code('ETHNIC', ethnicity, true),
      text('UPN', true, true),
      code('MOTHER', codes.mother, false),
      { name: 'MC_DOB', kind: 'date', required: false, personal: true },
    ],
  },
  episodes: {
    table: 'episodes',
    fileName: 'episodes.csv',
    columns: [
      child,
      date('DECOM', true),
      code('RNE', codes.reasonNewEpisode, true),
      code('LS', codes.legalStatus, true),
      code('CIN', codes.categoryOfNeed, true),
      code('PLACE', codes.placement, true),
      code('PLACE_PROVIDER', codes.placementProvider, false),
      date('DEC', false),
      code('REC', codes.reasonEpisodeCeased, false),
      code('REASON_PLACE_CHANGE', codes.reasonPlaceChange, false),
      text('HOME_POST', false, true),
      text('PL_POST', false, true),
      text('URN', false),
    ],
  },
  reviews: {
    table: 'reviews',
    fileName: 'reviews.csv',
    columns: [child, dob, date('REVIEW', true), code('REVIEW_CODE', codes.reviewCode, true)],
  },
  uasc: {
    table: 'uasc',
    fileName: 'uasc.csv',
    columns: [child, code('SEX', codes.sex903, true), dob, date('DUC', false)],
  },
  oc2: {
    table: 'oc2',
    fileName: 'oc2.csv',
    columns: [
      child,
      dob,
      { name: 'SDQ_SCORE', kind: 'integer', required: false },
      code('SDQ_REASON', codes.sdqReason, false),
      code('CONVICTED', yesNo, false),
      code('HEALTH_CHECK', yesNo, false),
      code('IMMUNISATIONS', yesNo, false),
      code('TEETH_CHECK', yesNo, false),
      code('HEALTH_ASSESSMENT', yesNo, false),
      code('SUBSTANCE_MISUSE', yesNo, false),
      code('INTERVENTION_RECEIVED', yesNo, false),
      code('INTERVENTION_OFFERED', yesNo, false),
    ],
  },
  oc3: {
    table: 'oc3',
    fileName: 'oc3.csv',
    columns: [child, dob, code('IN_TOUCH', codes.inTouch, true), code('ACTIV', codes.activity, true), code('ACCOM', codes.accommodation, true)],
  },
  ad1: {
    table: 'ad1',
    fileName: 'ad1.csv',
    columns: [
      child,
      dob,
      date('DATE_INT', true),
      date('DATE_MATCH', true),
      code('FOSTER_CARE', yesNo, true),
      { name: 'NB_ADOPTR', kind: 'integer', required: true },
      code('SEX_ADOPTR', codes.sexOfAdopters, true),
      code('LS_ADOPTR', codes.legalStatusOfAdopters, true),
    ],
  },
  placed_for_adoption: {
    table: 'placed_for_adoption',
    fileName: 'placed_for_adoption.csv',
    columns: [child, dob, date('DATE_PLACED', true), date('DATE_PLACED_CEASED', false), code('REASON_PLACED_CEASED', codes.reasonPlacedCeased, false)],
  },
  previous_permanence: {
    table: 'previous_permanence',
    fileName: 'previous_permanence.csv',
    columns: [
      child,
      dob,
      code('PREV_PERM', codes.previousPermanence, true),
      text('LA_PERM', false),
      { name: 'DATE_PERM', kind: 'partial-date', required: false },
    ],
  },
  missing: {
    table: 'missing',
    fileName: 'missing.csv',
    columns: [child, dob, code('MISSING', codes.missingType, true), date('MIS_START', true), date('MIS_END', false)],
  },
  social_worker: {
    table: 'social_worker',
    fileName: 'sw_episodes.csv',
    from: 2024,
    columns: [
      child,
      dob,
      text('SW_ID', true),
      date('SW_DECOM', true),
      date('SW_DEC', false),
      code('SW_REASON', codes.socialWorkerChangeReason, false),
    ],
  },
  dolo: {
    table: 'dolo',
    fileName: 'dolo.csv',
    from: 2027,
    columns: [child, dob, date('DOLO_START', true), date('DOLO_END', false)],
  },
};

/** Every table, in the DfE's order. */
export const tableNames903 = Object.keys(layouts903) as Ssda903TableName[];

/** Whether a return (given by its end year) has the table. */
export function inReturn(layout: Layout903, endYear: number): boolean {
  return layout.from === undefined || endYear >= layout.from;
}

