import type { Chronology } from '../../chronology/chronology.ts';
import type { ChronologyEvent, Span } from '../../chronology/event.ts';
import type { AnnexARecord, AnnexAValue } from '../../model/annex-a.ts';
import { addMonths, ageOn, type IsoDate } from '../../model/dates.ts';
import { exactCode } from './codes.ts';
import { abuseCategory, inTouch, sex, yesNo } from './dfe-terms.ts';
import { annexALists } from './template.ts';
import type { AnnexAWorkbook, UnfilledColumn } from './write-annex-a.ts';

/** Ofsted's look-back: 6 months for lists 1–8, 12 for the counts "in the last 12 months" and for lists 10–11. */
export type AnnexAPeriod = 6 | 12;

/** Why a column stays empty when no produced row fills it. */
const WHY: Readonly<Record<string, string>> = {
  'Allocated Team': 'the CIN census and SSDA903 do not record teams or workers; load the council\'s Annex A to carry them',
  'Allocated Worker': 'the CIN census and SSDA903 do not record teams or workers; load the council\'s Annex A to carry them',
  'Allocated Personal Advisor': 'the SSDA903 does not name personal advisers',
  'Does the Child have a Disability': 'not yet carried into the chronology from the CIN census Disabilities',
  'Placement Location': 'needs the placing council\'s boundary, which the returns do not give',
  'LA of Placement': 'needs the placing council\'s boundary, which the returns do not give',
  'What is the permanence plan for this child?': 'the returns do not record permanence plans',
  'Family identifier': 'the returns do not link siblings or adopters',
  'Organisation completing assessment': 'early help is recorded only in a council\'s Annex A',
};
const WHY_LIST: Readonly<Record<number, string>> = {
  1: 'contacts are recorded only in a council\'s Annex A, and none loaded falls in the period',
  2: 'early help is recorded only in a council\'s Annex A, and none loaded falls in the period',
  11: 'adopters are people, not children: no return in the store records them',
};
/** Every heading of each list, empty: rows carry all of Ofsted's columns, as a read workbook's do. */
const BLANK: Readonly<Record<number, Readonly<Record<string, AnnexAValue>>>> = Object.fromEntries(
  annexALists.map((l) => [l.list, Object.fromEntries(l.columns.map((c) => [c.heading, null]))]),
);
const DEFAULT_WHY = 'no return in the store records it for these children as of the date';

/**
 * Builds Ofsted's Annex A as of a date from children's chronologies, one child at a time (so a store can
 * stream a council through it): each list's population and columns as Ofsted defines them, counting only
 * what had happened by the date. Lists 1–2 and the visit dates come from Annex A rows already loaded.
 */
export class AnnexABuilder {
  readonly at: IsoDate;
  readonly months: AnnexAPeriod;
  private readonly from: IsoDate;
  private readonly yearAgo: IsoDate;
  private readonly lists: Record<number, AnnexARecord[]> = Object.fromEntries(annexALists.map((l) => [l.list, []]));

  constructor(at: IsoDate, months: AnnexAPeriod = 6) {
    this.at = at;
    this.months = months;
    this.from = addMonths(at, -months);
    this.yearAgo = addMonths(at, -12);
  }

  add(c: Chronology): void {
    const at = this.at;
    const events = c.events.filter((e) => e.date <= at);
    const spans = c.spans.filter((s) => s.start <= at).map((s) => (s.end !== null && s.end > at ? { ...s, end: null } : s));
    const dob = typeof c.identity.values.PersonBirthDate === 'string' ? c.identity.values.PersonBirthDate : null;
    const age = dob && dob <= at ? ageOn(dob, at) : null;
    const common: Record<string, AnnexAValue> = {
      'Child Unique ID': c.childId,
      Gender: sex.toAnnexA(c.identity.values.sex as string | null),
      Ethnicity: exactCode('Ethnicity', c.identity.values.ethnicity),
      'Date of Birth': dob,
      'Age of Child (Years)': age,
    };
    const inPeriod = (d: IsoDate | null) => d !== null && d > this.from && d <= at;
    const inYear = (d: IsoDate | null) => d !== null && d > this.yearAgo && d <= at;
    const ofKind = (kind: ChronologyEvent['kind']) => events.filter((e) => e.kind === kind);
    const latest = (kind: ChronologyEvent['kind'], within: (e: ChronologyEvent) => boolean = () => true) =>
      ofKind(kind).filter(within).reduce<IsoDate | null>((m, e) => (m === null || e.date > m ? e.date : m), null);
    const paired = (kind: ChronologyEvent['kind'], start: ChronologyEvent) => events.find((e) => e.kind === kind && e.key === `${kind}:${start.key.slice(start.kind.length + 1)}`) ?? null;
    const live = (s: Span) => s.end === null || s.end > this.from;
    const openAt = (kind: Span['kind']) => spans.some((s) => s.kind === kind && s.end === null);
    const push = (list: number, values: Record<string, AnnexAValue>) => this.lists[list]!.push({ list, values: { ...BLANK[list], ...common, ...values } });

    for (const e of ofKind('contact').filter((e) => inPeriod(e.date))) {
      push(1, { 'Date of Contact': e.date, 'Contact Source': exactCode('Contact Source', e.details.ContactSource) });
    }
    for (const e of ofKind('early-help-assessment-started')) {
      const done = paired('early-help-assessment-completed', e)?.date ?? null;
      if (!inPeriod(e.date) && done !== null) continue;
      push(2, { 'Assessment start date': e.date, 'Assessment completion date': done, 'Organisation completing assessment': (e.details.organisation as string | null) ?? null });
    }
    const referrals = ofKind('referral');
    for (const e of referrals.filter((e) => inPeriod(e.date))) {
      push(3, {
        'Date of referral': e.date,
        'Referral Source': exactCode('Contact Source', e.details.ReferralSource),
        'Referral NFA?': yesNo(e.details.ReferralNFA as boolean | null),
        'Number of Referrals in Last 12 Months': referrals.filter((r) => inYear(r.date)).length,
      });
    }
    for (const e of ofKind('assessment-started')) {
      const authorised = paired('assessment-authorised', e)?.date ?? null;
      if (!inPeriod(e.date) && !inPeriod(authorised) && authorised !== null) continue;
      push(4, { 'Continuous Assessment Start Date': e.date, 'Continuous Assessment Date of Authorisation': authorised });
    }
    const conferences = ofKind('initial-child-protection-conference');
    const s47s = ofKind('section-47-started');
    for (const e of s47s.filter((e) => inPeriod(e.date))) {
      const icpc = conferences.find((c) => c.details.S47ActualStartDate === e.date)?.date ?? null;
      push(5, {
        'Strategy discussion initiating Section 47 Enquiry Start Date': e.date,
        'Was an Initial Child Protection Conference deemed unnecessary?': yesNo(e.details.ICPCnotRequired as boolean | null),
        'Date of Initial Child Protection Conference': icpc,
        'Did the Initial Child Protection Conference Result in a Child Protection Plan': icpc === null ? null : yesNo(ofKind('child-protection-plan-started').some((p) => p.date === icpc)),
        'Number of Section 47 Enquiries in the last 12 months': s47s.filter((s) => inYear(s.date)).length,
        'Number of ICPCs in the last 12 months': conferences.filter((s) => inYear(s.date)).length,
      });
    }
    const lastSeen = latest('statutory-visit');
    for (const s of spans.filter((s) => s.kind === 'cin-episode' && live(s) && s.details.ReferralNFA !== true)) {
      const closed = events.find((e) => e.kind === 'cin-closed' && e.details.CINreferralDate === s.start) ?? null;
      push(6, {
        'CIN Start Date': s.start,
        'Primary Need Code': exactCode('Primary Need Code', s.details.PrimaryNeedCode),
        'Date Child Was Last Seen': lastSeen,
        'CIN Closure Date': s.end,
        'Reason for Closure': s.end === null ? null : exactCode('Reason for Closure', closed?.details.ReasonForClosure),
        'Case Status': s.end !== null ? 'Closed episode'
          : openAt('period-of-care') ? 'Looked after child'
          : openAt('child-protection-plan') ? 'Child Protection plan'
          : openAt('cin-plan') ? 'Child in need plan' : 'Open assessment',
      });
    }
    for (const s of spans.filter((s) => s.kind === 'child-protection-plan' && live(s))) {
      const withinPlan = (e: ChronologyEvent) => e.date >= s.start && (s.end === null || e.date <= s.end);
      push(7, {
        'Child Protection Plan Start Date': s.start,
        'Initial Category of Abuse': abuseCategory.toAnnexA(s.details.InitialCategoryOfAbuse as string | null),
        'Latest Category of Abuse': abuseCategory.toAnnexA(s.details.LatestCategoryOfAbuse as string | null),
        'Date of the Last Statutory Visit': latest('statutory-visit', withinPlan),
        'Date of latest review conference': latest('child-protection-review', (e) => e.details.CPPstartDate === s.start),
        'Child Protection Plan End Date': s.end,
        'Number of Previous Child Protection Plans': typeof s.details.NumberOfPreviousCPP === 'number' ? s.details.NumberOfPreviousCPP : null,
      });
    }
    const periods = spans.filter((s) => s.kind === 'period-of-care');
    for (const s of periods.filter(live)) {
      const on = s.end ?? at;
      const covering = (kind: Span['kind']) => spans.filter((x) => x.kind === kind && x.start >= s.start && x.start <= on).at(-1);
      const legal = covering('legal-status');
      const placement = covering('placement');
      const started = events.find((e) => e.kind === 'started-to-be-looked-after' && e.date === s.start);
      const withinCare = (e: ChronologyEvent) => e.date >= s.start && e.date <= on;
      push(8, {
        'Date Started to be Looked After': s.start,
        "Child's Category of Need": exactCode('Primary Need Code', started?.details.CIN),
        'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)': yesNo(periods.some((p) => p.start < s.start && (p.end === null || p.end > this.yearAgo))),
        'Start date of current legal status': legal?.start ?? null,
        "Child's Legal Status": exactCode("Child's Legal Status", legal?.details.LS),
        'Date of Latest Statutory Review': latest('looked-after-review', withinCare),
        'Date of Last Social Work Visit': latest('statutory-visit', withinCare),
        'Date of Last IRO Visit / Contact to the Child': latest('iro-visit', withinCare),
        'Date of Last Health Assessment': latest('health-assessment', withinCare),
        'Date of Last Dental Check': latest('dental-check', withinCare),
        'Number of Placements in the Last 12 months': spans.filter((x) => x.kind === 'placement' && x.start >= s.start && x.start <= on && (x.end === null || x.end > this.yearAgo)).length,
        'Date Ceased to be Looked After': s.end,
        'Reason Ceased to be Looked After': s.end === null ? null : exactCode('Reason Ceased to be Looked After', s.details.REC),
        'Start Date of Most Recent Placement': placement?.start ?? null,
        'Placement Type': exactCode('Placement Type', placement?.details.PLACE),
        'Placement Provider': exactCode('Placement Provider', placement?.details.PLACE_PROVIDER),
        'Placement postcode': (placement?.details.PL_POST as string | null | undefined) ?? null,
        'URN of Placement': (placement?.details.URN as string | null | undefined) ?? null,
        "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months": ofKind('missing').filter((e) => inYear(e.date)).length,
        "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months": ofKind('away-without-authorisation').filter((e) => inYear(e.date)).length,
      });
    }
    const leaving = ofKind('care-leaver-information').filter((e) => inYear(e.date)).at(-1);
    const pathway = latest('pathway-plan-review');
    const contact = latest('care-leaver-contact');
    if (leaving || inYear(pathway) || inYear(contact)) {
      const accom = typeof leaving?.details.ACCOM === 'string' ? leaving.details.ACCOM : '';
      push(9, {
        'Latest Pathway Plan Review Date': pathway,
        'LA in Touch': inTouch.toAnnexA(leaving?.details.IN_TOUCH as string | null),
        'Latest Date of Contact': contact,
        'Type of Accommodation': exactCode('Type of Accommodation', accom.slice(0, 1)),
        'Suitability of Accommodation': accom[1] === '1' ? 'Suitable' : accom[1] === '2' ? 'Unsuitable' : null,
        'Activity Status': exactCode('Activity Status', leaving?.details.ACTIV),
      });
    }
    for (const e of ofKind('placed-for-adoption-decision')) {
      const reversed = paired('adoption-decision-reversed', e);
      const adopted = ofKind('ceased-to-be-looked-after').find((c) => c.date >= e.date && (c.details.REC === 'E11' || c.details.REC === 'E12'))?.date ?? null;
      const outcome = reversed?.date ?? adopted;
      if (outcome !== null && !inYear(outcome)) continue;
      push(10, {
        'Date the Child Entered Care': periods.filter((p) => p.start <= e.date).at(-1)?.start ?? null,
        'Date of Decision that Child Should be Placed for Adoption': e.date,
        'Date of Matching Child and Prospective Adopters': ofKind('matched-for-adoption').find((m) => m.date >= e.date)?.date ?? null,
        'Date of Adoption Order': adopted,
        'Date of Decision that Child Should No Longer be Placed for Adoption': reversed?.date ?? null,
        'Reason Why Child No Longer Placed for Adoption': exactCode('Reason Why Child No Longer Placed for Adoption', reversed?.details.REASON_PLACED_CEASED),
      });
    }
  }

  /** The workbook's data: every list's rows, and each column left empty throughout with the reason. */
  finish(): AnnexAWorkbook {
    const unfilled: UnfilledColumn[] = [];
    for (const list of annexALists) {
      const rows = this.lists[list.list]!;
      for (const column of list.columns) {
        if (rows.some((r) => r.values[column.heading] !== null && r.values[column.heading] !== undefined)) continue;
        unfilled.push({ list: list.list, heading: column.heading, why: (rows.length === 0 ? WHY_LIST[list.list] : undefined) ?? WHY[column.heading] ?? DEFAULT_WHY });
      }
    }
    return { at: this.at, months: this.months, lists: this.lists, unfilled };
  }
}

/** Annex A as of `at` from every child's chronology. */
export function produceAnnexA(chronologies: Iterable<Chronology>, at: IsoDate, months: AnnexAPeriod = 6): AnnexAWorkbook {
  const builder = new AnnexABuilder(at, months);
  for (const c of chronologies) builder.add(c);
  return builder.finish();
}
