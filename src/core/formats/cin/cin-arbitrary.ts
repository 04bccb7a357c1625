/**
 * Test support: fast-check arbitraries for CIN census models that are valid for their year's schema
 * and code lists, so property tests can write and read them back, and benchmarks can build big files.
 * (Realistic synthetic councils are built elsewhere; these aim only at covering the format.)
 */
import fc from 'fast-check';
import { codesIn } from '../../codes/code-list.ts';
import type { CodeListHistory } from '../../codes/code-list.ts';
import {
  assessmentFactors, categoryOfAbuse, disability, ethnicity, genderCurrent, primaryNeedCode, reasonForClosure,
  referralSource, sex, upnUnknown,
} from '../../codes/cin-codes.ts';
import type { ChildCharacteristics, ChildIdentifiers } from '../../model/child.ts';
import type {
  Assessment, ChildProtectionPlan, CinChild, CinHeader, CINdetails, CINPlanDates, Section47,
} from '../../model/cin.ts';
import type { CollectionYear } from '../../model/collection-year.ts';
import { collectionYear, referenceDate } from '../../model/collection-year.ts';
import { fromDayNumber } from '../../model/dates.ts';
import { firstCinYear, lastCinYear } from './cin-schema.ts';

/** Text as councils' systems write it, including XML's markup characters and letters beyond ASCII. */
const textChars = fc.constantFrom(...'abcXYZ019 -_&<>\'"/éñ€'.split(''));
const text = (minLength: number, maxLength: number) =>
  fc.string({ unit: textChars, minLength, maxLength }).filter((s) => s.trim() === s && s.length >= minLength);

const dateIn = (fromYear: number, toYear: number) =>
  fc.integer({ min: Date.UTC(fromYear, 0, 1) / 86_400_000, max: Date.UTC(toYear, 11, 31) / 86_400_000 }).map(fromDayNumber);

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });

function codeOf(history: CodeListHistory, endYear: number): fc.Arbitrary<string> {
  return fc.constantFrom(...codesIn(history, endYear).codes);
}

const upn = fc.tuple(fc.constantFrom('A', 'H', 'z'), fc.stringMatching(/^\d{11}$/), fc.constantFrom('0', '7', 'A', 'Q'))
  .map(([a, b, c]) => a + b + c);

export function arbitraryHeader(endYear: number): fc.Arbitrary<CinHeader> {
  return fc.record({
    Collection: fc.constant('CIN'),
    Year: fc.constant(String(endYear)),
    ReferenceDate: fc.constant(referenceDate(collectionYear(endYear))),
    SourceLevel: optional(fc.constant('L')),
    LEA: fc.stringMatching(/^\d{3}$/),
    SoftwareCode: optional(text(1, 20)),
    Release: optional(text(1, 10)),
    SerialNo: optional(fc.stringMatching(/^\d{3,6}$/)),
    DateTime: optional(dateIn(endYear, endYear).map((d) => `${d}T10:11:12`)),
  });
}

export function arbitraryChild(endYear: number): fc.Arbitrary<CinChild> {
  const date = dateIn(endYear - 6, endYear);
  const code = (history: CodeListHistory) => codeOf(history, endYear);
  const identifiers: fc.Arbitrary<ChildIdentifiers> = fc.record({
    LAchildID: text(1, 16),
    UPN: optional(upn),
    FormerUPN: optional(upn),
    UPNunknown: optional(code(upnUnknown)),
    PersonBirthDate: optional(dateIn(endYear - 18, endYear)),
    ExpectedPersonBirthDate: optional(dateIn(endYear, endYear + 1)),
    GenderCurrent: endYear <= 2024 ? code(genderCurrent) : fc.constant(null),
    Sex: endYear >= 2025 ? code(sex) : fc.constant(null),
    PersonDeathDate: optional(date),
  });
  const characteristics: fc.Arbitrary<ChildCharacteristics> = fc.record({
    Ethnicity: code(ethnicity),
    Disabilities: fc.array(code(disability), { maxLength: 3 }),
  });
  const assessment: fc.Arbitrary<Assessment> = fc.record({
    AssessmentActualStartDate: date,
    AssessmentInternalReviewDate: optional(date),
    AssessmentAuthorisationDate: optional(date),
    AssessmentFactors: optional(fc.array(code(assessmentFactors), { minLength: 1, maxLength: 4 })),
  });
  const plan: fc.Arbitrary<CINPlanDates> = fc.record({ CINPlanStartDate: date, CINPlanEndDate: optional(date) });
  const section47: fc.Arbitrary<Section47> = fc.record({
    S47ActualStartDate: date,
    InitialCPCtarget: optional(date),
    DateOfInitialCPC: optional(date),
    ICPCnotRequired: fc.boolean(),
  });
  const cpp: fc.Arbitrary<ChildProtectionPlan> = fc.record({
    CPPstartDate: date,
    CPPendDate: optional(date),
    InitialCategoryOfAbuse: code(categoryOfAbuse),
    LatestCategoryOfAbuse: code(categoryOfAbuse),
    NumberOfPreviousCPP: fc.nat({ max: 12 }),
    Reviews: fc.array(date.map((CPPreviewDate) => ({ CPPreviewDate })), { maxLength: 4 }),
  });
  const details: fc.Arbitrary<CINdetails> = fc.record({
    CINreferralDate: date,
    ReferralSource: code(referralSource),
    PrimaryNeedCode: optional(code(primaryNeedCode)),
    CINclosureDate: optional(date),
    ReasonForClosure: optional(code(reasonForClosure)),
    DateOfInitialCPC: optional(date),
    Assessments: fc.array(assessment, { maxLength: 2 }),
    CINPlanDates: endYear >= 2022 ? fc.array(plan, { maxLength: 2 }) : fc.constant([]),
    Section47: fc.array(section47, { maxLength: 2 }),
    ReferralNFA: fc.boolean(),
    ChildProtectionPlans: fc.array(cpp, { maxLength: 2 }),
  });
  return fc.record({
    ChildIdentifiers: identifiers,
    ChildCharacteristics: characteristics,
    CINdetails: fc.array(details, { minLength: 1, maxLength: 3 }),
  });
}

export interface ArbitraryCensus {
  readonly year: CollectionYear;
  readonly header: CinHeader;
  readonly children: readonly CinChild[];
}

export function arbitraryCensus(maxChildren = 4): fc.Arbitrary<ArbitraryCensus> {
  return fc.integer({ min: firstCinYear, max: lastCinYear }).chain((endYear) => fc.record({
    year: fc.constant(collectionYear(endYear)),
    header: arbitraryHeader(endYear),
    children: fc.array(arbitraryChild(endYear), { minLength: 1, maxLength: maxChildren }),
  }));
}
