import type { ChildCharacteristics, ChildIdentifiers } from '../../../model/child.ts';
import type { Assessment, CINdetails, CINPlanDates, CPPreview, ChildProtectionPlan, CinChild, CinHeader, Section47 } from '../../../model/cin.ts';
import type { CollectionYear } from '../../../model/collection-year.ts';
import type { IsoDate } from '../../../model/dates.ts';
import { createEngine } from '../../engine.ts';
import type { Finding } from '../../results.ts';
import { ruleSet } from '../../rule-set.ts';
import { cinContext, cinParts, type CinContext, type CinRule } from './cin-rule.ts';

/**
 * Small CIN records for rule tests: every builder fills the fields with plausible values for 2023/24
 * (census period 1 April 2023 to 31 March 2024) that break no rule, so a test states only what it is about.
 */
export const YEAR: CollectionYear = '2023/24';

export function child(p: { ids?: Partial<ChildIdentifiers>; characteristics?: Partial<ChildCharacteristics>; episodes?: readonly CINdetails[] } = {}): CinChild {
  return {
    ChildIdentifiers: {
      LAchildID: 'C1', UPN: 'M201123456780', FormerUPN: null, UPNunknown: null, PersonBirthDate: '2015-05-10', ExpectedPersonBirthDate: null,
      GenderCurrent: '1', Sex: 'M', PersonDeathDate: null, ...p.ids,
    },
    ChildCharacteristics: { Ethnicity: 'WBRI', Disabilities: ['NONE'], ...p.characteristics },
    CINdetails: p.episodes ?? [episode()],
  };
}

export function episode(p: Partial<CINdetails> = {}): CINdetails {
  return {
    CINreferralDate: '2023-06-01', ReferralSource: '1A', PrimaryNeedCode: 'N1', CINclosureDate: null, ReasonForClosure: null,
    DateOfInitialCPC: null, Assessments: [], CINPlanDates: [], Section47: [], ReferralNFA: false, ChildProtectionPlans: [], ...p,
  };
}

export function assessment(p: Partial<Assessment> = {}): Assessment {
  return { AssessmentActualStartDate: '2023-06-02', AssessmentInternalReviewDate: null, AssessmentAuthorisationDate: '2023-07-20', AssessmentFactors: ['1A'], ...p };
}

export function plan(p: Partial<CINPlanDates> = {}): CINPlanDates {
  return { CINPlanStartDate: '2023-08-01', CINPlanEndDate: null, ...p };
}

export function s47(p: Partial<Section47> = {}): Section47 {
  return { S47ActualStartDate: '2023-06-05', InitialCPCtarget: '2023-06-26', DateOfInitialCPC: '2023-06-22', ICPCnotRequired: false, ...p };
}

export function cpp(p: Partial<ChildProtectionPlan> = {}): ChildProtectionPlan {
  return {
    CPPstartDate: '2023-06-22', CPPendDate: null, InitialCategoryOfAbuse: 'NEG', LatestCategoryOfAbuse: 'NEG', NumberOfPreviousCPP: 0, Reviews: [], ...p,
  };
}

export function review(date: IsoDate | null, line?: number): CPPreview {
  return line === undefined ? { CPPreviewDate: date } : { CPPreviewDate: date, line };
}

export function header(p: Partial<CinHeader> = {}, year: CollectionYear = YEAR): CinHeader {
  const end = Number(year.slice(0, 4)) + 1;
  return {
    Collection: 'CIN', Year: String(end), ReferenceDate: `${end}-03-31`, SourceLevel: 'L', LEA: '201', SoftwareCode: 'Test', Release: '1',
    SerialNo: '001', DateTime: `${end}-04-10T10:00:00`, ...p,
  };
}

/** Runs one rule over some children and returns its findings; a rule that throws fails the test. */
export function check(
  rule: CinRule,
  children: CinChild | readonly CinChild[],
  options: { year?: CollectionYear; header?: Partial<CinHeader>; referenceDate?: IsoDate } = {},
): Finding[] {
  const year = options.year ?? YEAR;
  const engine = createEngine<CinChild, CinContext>({
    set: ruleSet(year, [rule]),
    catalogue: new Map(),
    context: cinContext({ year, header: header(options.header, year), ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}) }),
    available: new Set(['previous-year']),
    recordId: (c) => c.ChildIdentifiers.LAchildID,
    parts: cinParts,
  });
  for (const c of Array.isArray(children) ? children : [children]) engine.record(c);
  const report = engine.finish();
  const outcome = report.outcomes[0]!;
  if (outcome.status !== 'ran') throw new Error(`Rule ${rule.meta.code} did not run: ${JSON.stringify(outcome)}`);
  return [...report.findings];
}

/** The fields of the findings, for short assertions. */
export function fieldsOf(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.table}.${f.field}=${f.value ?? 'null'}`);
}
