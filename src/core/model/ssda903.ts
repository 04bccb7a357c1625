import type { CollectionYear } from './collection-year.ts';
import type { IsoDate } from './dates.ts';
import type { Recorded } from './provenance.ts';

/**
 * The SSDA903 children looked after return, one interface per table, in the DfE's column names.
 * Every row keeps its child id (CHILD) as the DfE tables do; the satellite tables repeat DOB.
 */
export interface Header903 extends Recorded<Header903Field> {
  readonly CHILD: string;
  /** 1/2 to 2023/24, M/F/U from 2024/25, as written. */
  readonly SEX: string | null;
  readonly DOB: IsoDate | null;
  readonly ETHNIC: string | null;
  /** A UPN, or an unknown-reason code UN1–UN5. */
  readonly UPN: string | null;
  readonly MOTHER: string | null;
  readonly MC_DOB: IsoDate | null;
  /**
   * UASC status as the XML layout's HEADER/UASC gives it (1 for an unaccompanied asylum-seeking child, as
   * written; null when the element is empty). Absent from the CSV layout, whose header has no such column:
   * there a child's status is having a row in the uasc table.
   */
  readonly UASC?: string | null;
}
export type Header903Field = 'CHILD' | 'SEX' | 'DOB' | 'ETHNIC' | 'UPN' | 'MOTHER' | 'MC_DOB' | 'UASC';

/** One row per continuous period with the same legal status and placement. */
export interface Episode extends Recorded<EpisodeField> {
  readonly CHILD: string;
  readonly DECOM: IsoDate | null;
  /** Reason for new episode: S, L, P, T, B, U. */
  readonly RNE: string | null;
  /** Legal status. */
  readonly LS: string | null;
  /** Category of need, N1–N8. */
  readonly CIN: string | null;
  /** Placement type (`PL` in the XML layout). */
  readonly PLACE: string | null;
  readonly PLACE_PROVIDER: string | null;
  readonly DEC: IsoDate | null;
  readonly REC: string | null;
  readonly REASON_PLACE_CHANGE: string | null;
  readonly HOME_POST: string | null;
  readonly PL_POST: string | null;
  readonly URN: string | null;
}
export type EpisodeField =
  | 'CHILD' | 'DECOM' | 'RNE' | 'LS' | 'CIN' | 'PLACE' | 'PLACE_PROVIDER' | 'DEC' | 'REC' | 'REASON_PLACE_CHANGE'
  | 'HOME_POST' | 'PL_POST' | 'URN';

export interface Review extends Recorded<'CHILD' | 'DOB' | 'REVIEW' | 'REVIEW_CODE'> {
  readonly CHILD: string;
  readonly DOB: IsoDate | null;
  readonly REVIEW: IsoDate | null;
  /** Participation, PN0–PN7. */
  readonly REVIEW_CODE: string | null;
}

export interface Uasc extends Recorded<'CHILD' | 'SEX' | 'DOB' | 'DUC'> {
  readonly CHILD: string;
  readonly SEX: string | null;
  readonly DOB: IsoDate | null;
  /** Date the child ceased to be an unaccompanied asylum-seeking child. */
  readonly DUC: IsoDate | null;
}

/** Outcomes for children looked after for 12 months or more at 31 March. */
export interface Oc2 extends Recorded<Oc2Field> {
  readonly CHILD: string;
  readonly DOB: IsoDate | null;
  readonly SDQ_SCORE: number | null;
  readonly SDQ_REASON: string | null;
  readonly CONVICTED: string | null;
  readonly HEALTH_CHECK: string | null;
  readonly IMMUNISATIONS: string | null;
  readonly TEETH_CHECK: string | null;
  readonly HEALTH_ASSESSMENT: string | null;
  readonly SUBSTANCE_MISUSE: string | null;
  readonly INTERVENTION_RECEIVED: string | null;
  readonly INTERVENTION_OFFERED: string | null;
}
export type Oc2Field =
  | 'CHILD' | 'DOB' | 'SDQ_SCORE' | 'SDQ_REASON' | 'CONVICTED' | 'HEALTH_CHECK' | 'IMMUNISATIONS' | 'TEETH_CHECK'
  | 'HEALTH_ASSESSMENT' | 'SUBSTANCE_MISUSE' | 'INTERVENTION_RECEIVED' | 'INTERVENTION_OFFERED';

/** Care leavers around their 17th to 21st birthdays. */
export interface Oc3 extends Recorded<'CHILD' | 'DOB' | 'IN_TOUCH' | 'ACTIV' | 'ACCOM'> {
  readonly CHILD: string;
  readonly DOB: IsoDate | null;
  readonly IN_TOUCH: string | null;
  readonly ACTIV: string | null;
  readonly ACCOM: string | null;
}

/** Children adopted in the year. */
export interface Ad1 extends Recorded<Ad1Field> {
  readonly CHILD: string;
  readonly DOB: IsoDate | null;
  readonly DATE_INT: IsoDate | null;
  readonly DATE_MATCH: IsoDate | null;
  readonly FOSTER_CARE: string | null;
  readonly NB_ADOPTR: number | null;
  readonly SEX_ADOPTR: string | null;
  readonly LS_ADOPTR: string | null;
}
export type Ad1Field = 'CHILD' | 'DOB' | 'DATE_INT' | 'DATE_MATCH' | 'FOSTER_CARE' | 'NB_ADOPTR' | 'SEX_ADOPTR' | 'LS_ADOPTR';

export interface PlacedForAdoption extends Recorded<'CHILD' | 'DOB' | 'DATE_PLACED' | 'DATE_PLACED_CEASED' | 'REASON_PLACED_CEASED'> {
  readonly CHILD: string;
  readonly DOB: IsoDate | null;
  readonly DATE_PLACED: IsoDate | null;
  readonly DATE_PLACED_CEASED: IsoDate | null;
  readonly REASON_PLACED_CEASED: string | null;
}

export interface PreviousPermanence extends Recorded<'CHILD' | 'DOB' | 'PREV_PERM' | 'LA_PERM' | 'DATE_PERM'> {
  readonly CHILD: string;
  readonly DOB: IsoDate | null;
  readonly PREV_PERM: string | null;
  readonly LA_PERM: string | null;
  /** Often recorded as a partial date (`zz/MM/YYYY`) by councils, so kept as written. */
  readonly DATE_PERM: string | null;
}

export interface Missing extends Recorded<'CHILD' | 'DOB' | 'MISSING' | 'MIS_START' | 'MIS_END'> {
  readonly CHILD: string;
  readonly DOB: IsoDate | null;
  /** M missing, A away from placement without authorisation. */
  readonly MISSING: string | null;
  readonly MIS_START: IsoDate | null;
  readonly MIS_END: IsoDate | null;
}

/** Social worker episodes, from the 2023/24 return. */
export interface SocialWorkerEpisode extends Recorded<'CHILD' | 'DOB' | 'SW_ID' | 'SW_DECOM' | 'SW_DEC' | 'SW_REASON'> {
  readonly CHILD: string;
  readonly DOB: IsoDate | null;
  readonly SW_ID: string | null;
  readonly SW_DECOM: IsoDate | null;
  readonly SW_DEC: IsoDate | null;
  readonly SW_REASON: string | null;
}

/** Deprivation of liberty order periods, from the 2026/27 return. */
export interface Dolo extends Recorded<'CHILD' | 'DOB' | 'DOLO_START' | 'DOLO_END'> {
  readonly CHILD: string;
  readonly DOB: IsoDate | null;
  readonly DOLO_START: IsoDate | null;
  readonly DOLO_END: IsoDate | null;
}

/** The tables of one SSDA903 return, by the DfE/validator table names. */
export interface Ssda903Tables {
  readonly header: readonly Header903[];
  readonly episodes: readonly Episode[];
  readonly reviews: readonly Review[];
  readonly uasc: readonly Uasc[];
  readonly oc2: readonly Oc2[];
  readonly oc3: readonly Oc3[];
  readonly ad1: readonly Ad1[];
  readonly placed_for_adoption: readonly PlacedForAdoption[];
  readonly previous_permanence: readonly PreviousPermanence[];
  readonly missing: readonly Missing[];
  readonly social_worker: readonly SocialWorkerEpisode[];
  readonly dolo: readonly Dolo[];
}

export type Ssda903TableName = keyof Ssda903Tables;

export interface Ssda903Return {
  readonly year: CollectionYear;
  /** The three-digit DfE code of the council, where known (the 903 CSVs do not carry it). */
  readonly la: string | null;
  readonly tables: Ssda903Tables;
  /** Tables the return did not include (as opposed to included but empty). */
  readonly absent: readonly Ssda903TableName[];
}
