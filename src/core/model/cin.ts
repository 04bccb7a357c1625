import type { ChildCharacteristics, ChildIdentifiers } from './child.ts';
import type { CollectionYear } from './collection-year.ts';
import type { IsoDate } from './dates.ts';
import type { Recorded } from './provenance.ts';

/**
 * The CIN census, in the DfE's element names. One `CinChild` per `Child` element; one `CINdetails` per
 * episode of need (referral to closure), with the assessments, CIN plans, section 47 enquiries and child
 * protection plans that happened within it.
 */
export interface CinHeader extends Recorded<CinHeaderField> {
  readonly Collection: string | null;
  /** As written in the file (the census year, e.g. 2026 for 2025/26). */
  readonly Year: string | null;
  readonly ReferenceDate: IsoDate | null;
  readonly SourceLevel: string | null;
  /** The three-digit DfE local authority code. */
  readonly LEA: string | null;
  readonly SoftwareCode: string | null;
  readonly Release: string | null;
  readonly SerialNo: string | null;
  /** xs:dateTime as written. */
  readonly DateTime: string | null;
}

export type CinHeaderField =
  | 'Collection' | 'Year' | 'ReferenceDate' | 'SourceLevel' | 'LEA' | 'SoftwareCode' | 'Release' | 'SerialNo' | 'DateTime';

export interface CinChild extends Recorded {
  readonly ChildIdentifiers: ChildIdentifiers;
  readonly ChildCharacteristics: ChildCharacteristics;
  readonly CINdetails: readonly CINdetails[];
}

export interface CINdetails extends Recorded<CINdetailsField> {
  readonly CINreferralDate: IsoDate | null;
  readonly ReferralSource: string | null;
  readonly PrimaryNeedCode: string | null;
  readonly CINclosureDate: IsoDate | null;
  readonly ReasonForClosure: string | null;
  /** The initial child protection conference of this episode. */
  readonly DateOfInitialCPC: IsoDate | null;
  readonly Assessments: readonly Assessment[];
  /** From census year 2021/22. */
  readonly CINPlanDates: readonly CINPlanDates[];
  readonly Section47: readonly Section47[];
  /** The referral led to no further action. */
  readonly ReferralNFA: boolean | null;
  readonly ChildProtectionPlans: readonly ChildProtectionPlan[];
}

export type CINdetailsField =
  | 'CINreferralDate' | 'ReferralSource' | 'PrimaryNeedCode' | 'CINclosureDate' | 'ReasonForClosure'
  | 'DateOfInitialCPC' | 'ReferralNFA';

export interface Assessment extends Recorded<AssessmentField> {
  readonly AssessmentActualStartDate: IsoDate | null;
  readonly AssessmentInternalReviewDate: IsoDate | null;
  /** The date the assessment was completed and authorised. */
  readonly AssessmentAuthorisationDate: IsoDate | null;
  /** Codes from FactorsIdentifiedAtAssessment; null when that group is absent, empty when present but empty. */
  readonly AssessmentFactors: readonly string[] | null;
}

export type AssessmentField =
  | 'AssessmentActualStartDate' | 'AssessmentInternalReviewDate' | 'AssessmentAuthorisationDate' | 'AssessmentFactors';

export interface CINPlanDates extends Recorded<'CINPlanStartDate' | 'CINPlanEndDate'> {
  readonly CINPlanStartDate: IsoDate | null;
  readonly CINPlanEndDate: IsoDate | null;
}

export interface Section47 extends Recorded<Section47Field> {
  /** The strategy discussion that started the enquiry. */
  readonly S47ActualStartDate: IsoDate | null;
  readonly InitialCPCtarget: IsoDate | null;
  readonly DateOfInitialCPC: IsoDate | null;
  readonly ICPCnotRequired: boolean | null;
}

export type Section47Field = 'S47ActualStartDate' | 'InitialCPCtarget' | 'DateOfInitialCPC' | 'ICPCnotRequired';

export interface ChildProtectionPlan extends Recorded<ChildProtectionPlanField> {
  readonly CPPstartDate: IsoDate | null;
  readonly CPPendDate: IsoDate | null;
  readonly InitialCategoryOfAbuse: string | null;
  readonly LatestCategoryOfAbuse: string | null;
  readonly NumberOfPreviousCPP: number | null;
  /** The `Reviews` group: one entry per CPPreviewDate, in file order. */
  readonly Reviews: readonly CPPreview[];
}

export interface CPPreview extends Recorded<'CPPreviewDate'> {
  readonly CPPreviewDate: IsoDate | null;
}

export type ChildProtectionPlanField =
  | 'CPPstartDate' | 'CPPendDate' | 'InitialCategoryOfAbuse' | 'LatestCategoryOfAbuse' | 'NumberOfPreviousCPP';

/** A whole census held in memory. Large files are better read child by child (see `readCin`). */
export interface CinCensus {
  /** The collection year the file is for, from its header or as the caller declared it. */
  readonly year: CollectionYear;
  readonly header: CinHeader;
  readonly children: readonly CinChild[];
}
