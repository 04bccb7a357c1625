import { buildChronology } from '../chronology/chronology.ts';
import { emptyLookedAfter } from '../chronology/journeys.ts';
import type { CINdetails } from '../model/cin.ts';
import { collectionYearOf, type CollectionYear } from '../model/collection-year.ts';
import type { IsoDate } from '../model/dates.ts';
import type { ChildJourney } from '../model/journey.ts';
import type { Episode, Missing, Oc3 } from '../model/ssda903.ts';
import { childFacts, type ChildFacts } from './child-facts.ts';

/**
 * Small hand-made children for tests: a compact description turned into the returns' records, then into
 * a chronology and facts exactly as real returns are, so a test exercises the whole path.
 */
export interface TestEpisodeOfNeed {
  referral: IsoDate;
  closed?: IsoDate;
  nfa?: boolean;
  need?: string;
  assessments?: { start: IsoDate; authorised?: IsoDate; factors?: string[] }[];
  s47?: { start: IsoDate; icpc?: IsoDate; notRequired?: boolean }[];
  cinPlans?: { start: IsoDate; end?: IsoDate }[];
  cpPlans?: { start: IsoDate; end?: IsoDate; previous?: number; category?: string; reviews?: IsoDate[] }[];
}

export interface TestChild {
  id?: string;
  birth?: IsoDate;
  sex?: 'M' | 'F';
  ethnicity?: string;
  disabilities?: string[];
  /** The collection year the CIN record is said to come from (default: the year of the last referral). */
  cinYear?: CollectionYear;
  cin?: TestEpisodeOfNeed[];
  care?: Partial<Episode>[];
  reviews?: IsoDate[];
  missing?: Partial<Missing>[];
  careLeaver?: (Partial<Oc3> & { year: CollectionYear })[];
  socialWorkers?: { id: string; start: IsoDate; end?: IsoDate }[];
}

export function testJourney(t: TestChild): ChildJourney {
  const id = t.id ?? 'C1';
  const birth = t.birth ?? '2012-06-15';
  const year = t.cinYear ?? collectionYearOf(t.cin?.at(-1)?.referral ?? '2024-01-01');
  const details: CINdetails[] = (t.cin ?? []).map((e) => ({
    CINreferralDate: e.referral, ReferralSource: '6', PrimaryNeedCode: e.need ?? 'N1', CINclosureDate: e.closed ?? null, ReasonForClosure: e.closed ? 'RC8' : null,
    DateOfInitialCPC: null, ReferralNFA: e.nfa ?? false,
    Assessments: (e.assessments ?? []).map((a) => ({ AssessmentActualStartDate: a.start, AssessmentInternalReviewDate: null, AssessmentAuthorisationDate: a.authorised ?? null, AssessmentFactors: a.factors ?? null })),
    CINPlanDates: (e.cinPlans ?? []).map((p) => ({ CINPlanStartDate: p.start, CINPlanEndDate: p.end ?? null })),
    Section47: (e.s47 ?? []).map((s) => ({ S47ActualStartDate: s.start, InitialCPCtarget: null, DateOfInitialCPC: s.icpc ?? null, ICPCnotRequired: s.notRequired ?? false })),
    ChildProtectionPlans: (e.cpPlans ?? []).map((p) => ({ CPPstartDate: p.start, CPPendDate: p.end ?? null, InitialCategoryOfAbuse: p.category ?? 'PHY', LatestCategoryOfAbuse: p.category ?? 'PHY', NumberOfPreviousCPP: p.previous ?? 0, Reviews: (p.reviews ?? []).map((r) => ({ CPPreviewDate: r })) })),
  }));
  const la903 = emptyLookedAfter();
  const source = (table: 'header' | 'episodes' | 'reviews' | 'missing' | 'oc3' | 'social_worker', y: CollectionYear = '2025/26') => ({ dataset: 'ssda903' as const, year: y, table });
  const has903 = (t.care?.length ?? 0) + (t.careLeaver?.length ?? 0) > 0;
  if (has903) la903.header.push({ source: source('header'), record: { CHILD: id, SEX: t.sex ?? 'M', DOB: birth, ETHNIC: t.ethnicity ?? 'WBRI', UPN: null, MOTHER: null, MC_DOB: null } });
  for (const e of t.care ?? []) {
    la903.episodes.push({ source: source('episodes'), record: { CHILD: id, DECOM: null, RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'U4', PLACE_PROVIDER: 'PR1', DEC: null, REC: null, REASON_PLACE_CHANGE: null, HOME_POST: null, PL_POST: null, URN: null, ...e } });
  }
  for (const r of t.reviews ?? []) la903.reviews.push({ source: source('reviews'), record: { CHILD: id, DOB: birth, REVIEW: r, REVIEW_CODE: 'PN1' } });
  for (const m of t.missing ?? []) la903.missing.push({ source: source('missing'), record: { CHILD: id, DOB: birth, MISSING: 'M', MIS_START: null, MIS_END: null, ...m } });
  for (const c of t.careLeaver ?? []) {
    const { year: y, ...rest } = c;
    la903.oc3.push({ source: source('oc3', y), record: { CHILD: id, DOB: birth, IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'U1', ...rest } });
  }
  for (const w of t.socialWorkers ?? []) la903.social_worker.push({ source: source('social_worker'), record: { CHILD: id, DOB: birth, SW_ID: w.id, SW_DECOM: w.start, SW_DEC: w.end ?? null, SW_REASON: null } });
  return {
    la: '806',
    childId: id,
    cin: details.length ? [{ source: { dataset: 'cin', year }, record: {
      ChildIdentifiers: { LAchildID: id, UPN: null, FormerUPN: null, UPNunknown: 'UN1', PersonBirthDate: birth, ExpectedPersonBirthDate: null, GenderCurrent: null, Sex: t.sex ?? 'M', PersonDeathDate: null },
      ChildCharacteristics: { Ethnicity: t.ethnicity ?? 'WBRI', Disabilities: t.disabilities ?? ['NONE'] },
      CINdetails: details,
    } }] : [],
    lookedAfter: la903,
  };
}

export function testChild(t: TestChild): ChildFacts {
  return childFacts(buildChronology(testJourney(t)), t.disabilities ?? ['NONE']);
}
