import type { Chronology } from '../chronology/chronology.ts';
import type { ChronologyEvent } from '../chronology/event.ts';
import type { SexCode } from '../model/child.ts';
import { collectionStart } from '../model/collection-year.ts';
import type { IsoDate } from '../model/dates.ts';
import type { ChildJourney } from '../model/journey.ts';

/**
 * The version of what `childFacts` works out. Facts are kept in the store (council_facts) and reused while
 * their version and returns are current: change this whenever the facts worked out from the same
 * journey would differ (child-facts.test.ts fails until you do).
 */
export const CHILD_FACTS_VERSION = 1;

/**
 * One child's chronology arranged for counting: each referral with what followed it, each plan with its
 * reviews, each period of care with its placements. Built once per child so that the indicators and the
 * drift rules each read plain arrays instead of searching the events again.
 */
export interface ChildFacts {
  readonly la: string;
  readonly childId: string;
  /** Null for an unborn child (see `expectedBirth`) or when no return gives it. */
  readonly birth: IsoDate | null;
  readonly expectedBirth: IsoDate | null;
  readonly sex: SexCode | null;
  readonly ethnicity: string | null;
  /** CIN census Disabilities codes; null when not known (the chronology does not carry them: see `disabilitiesOf`). */
  readonly disabilities: readonly string[] | null;
  readonly referrals: readonly ReferralFact[];
  readonly assessments: readonly AssessmentFact[];
  readonly section47s: readonly Section47Fact[];
  readonly cinPlans: readonly { readonly start: IsoDate; readonly end: IsoDate | null }[];
  readonly cpPlans: readonly CpPlanFact[];
  readonly periodsOfCare: readonly PeriodOfCareFact[];
  readonly missing: readonly MissingFact[];
  readonly careLeaver: readonly CareLeaverFact[];
  readonly socialWorkers: readonly { readonly start: IsoDate; readonly end: IsoDate | null; readonly id: string | null }[];
  /** 1 April of the earliest collection year any of the child's records came from. */
  readonly dataFrom: IsoDate | null;
}

export interface ReferralFact {
  readonly key: string;
  readonly date: IsoDate;
  readonly source: string | null;
  readonly need: string | null;
  readonly nfa: boolean | null;
  readonly closed: IsoDate | null;
  readonly closureReason: string | null;
}

export interface AssessmentFact {
  readonly key: string;
  readonly start: IsoDate;
  readonly authorised: IsoDate | null;
  readonly referral: IsoDate | null;
  readonly factors: readonly string[];
}

export interface Section47Fact {
  readonly key: string;
  /** S47ActualStartDate: the strategy discussion that started the enquiry. */
  readonly start: IsoDate;
  readonly icpc: IsoDate | null;
  readonly notRequired: boolean;
  readonly referral: IsoDate | null;
}

export interface CpPlanFact {
  readonly key: string;
  readonly start: IsoDate;
  readonly end: IsoDate | null;
  readonly previousPlans: number | null;
  readonly initialCategory: string | null;
  readonly latestCategory: string | null;
  /** CPPreviewDate values, in date order. */
  readonly reviews: readonly IsoDate[];
}

export interface PlacementFact {
  readonly start: IsoDate;
  readonly end: IsoDate | null;
  readonly place: string | null;
  readonly provider: string | null;
  readonly postcode: string | null;
  /** Reason for new episode that began it (S at the start of care). */
  readonly rne: string | null;
  /** A move to a new carer: RNE S, P or B into a placement that is not temporary (T0–T4). */
  readonly newCarer: boolean;
}

export interface PeriodOfCareFact {
  readonly key: string;
  readonly start: IsoDate;
  readonly end: IsoDate | null;
  /** The chronology event of its ending (keyed by the last episode's start), null while open. */
  readonly endKey: string | null;
  /** Reason the period ended (REC), null while open. */
  readonly reason: string | null;
  /** Every legal status in the period was V3 or V4: an agreed series of short breaks, outside most DfE measures. */
  readonly shortBreaks: boolean;
  readonly homePostcode: string | null;
  /** 903 category of need at the start of the period. */
  readonly need: string | null;
  readonly placements: readonly PlacementFact[];
  readonly legalStatuses: readonly { readonly start: IsoDate; readonly end: IsoDate | null; readonly status: string | null }[];
  readonly reviews: readonly IsoDate[];
}

export interface MissingFact {
  readonly key: string;
  readonly start: IsoDate;
  readonly end: IsoDate | null;
  /** M missing, A away without authorisation. */
  readonly kind: string | null;
}

export interface CareLeaverFact {
  readonly key: string;
  /** The return's 31 March: the return gives no date for the information. */
  readonly date: IsoDate;
  readonly inTouch: string | null;
  readonly activity: string | null;
  readonly accommodation: string | null;
}

const TEMPORARY = /^T[0-4]$/;
const NEW_CARER = new Set(['S', 'P', 'B']);
const SHORT_BREAKS = new Set(['V3', 'V4']);

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The child's Disabilities as the latest CIN census gives them (the chronology's identity leaves them out). */
export function disabilitiesOf(journey: ChildJourney): readonly string[] | null {
  let latest: { year: string; codes: readonly string[] } | null = null;
  for (const c of journey.cin) if (!latest || c.source.year >= latest.year) latest = { year: c.source.year, codes: c.record.ChildCharacteristics.Disabilities };
  return latest?.codes ?? null;
}

export function childFacts(chronology: Chronology, disabilities: readonly string[] | null = null): ChildFacts {
  const referrals = new Map<IsoDate, { key: string; date: IsoDate; source: string | null; need: string | null; nfa: boolean | null; closed: IsoDate | null; closureReason: string | null }>();
  const assessments = new Map<IsoDate, { key: string; start: IsoDate; authorised: IsoDate | null; referral: IsoDate | null; factors: readonly string[] }>();
  const s47s = new Map<IsoDate, { key: string; start: IsoDate; icpc: IsoDate | null; notRequired: boolean; referral: IsoDate | null }>();
  const icpcBySection47 = new Map<IsoDate, IsoDate>();
  const plans = new Map<IsoDate, { key: string; start: IsoDate; end: IsoDate | null; previousPlans: number | null; initialCategory: string | null; latestCategory: string | null; reviews: IsoDate[] }>();
  const cpReviews: { date: IsoDate; plan: IsoDate | null }[] = [];
  const cinPlanStarts = new Map<IsoDate, IsoDate | null>();
  const rneByDate = new Map<IsoDate, string | null>();
  const careStarts = new Map<IsoDate, ChronologyEvent>();
  const laReviews: IsoDate[] = [];
  const careLeaver: CareLeaverFact[] = [];
  const socialWorkers: { start: IsoDate; end: IsoDate | null; id: string | null }[] = [];
  let expectedBirth: IsoDate | null = null;
  let firstYear: string | null = null;

  for (const e of chronology.events) {
    for (const s of e.sources) if (firstYear === null || s.year < firstYear) firstYear = s.year;
    const d = e.details;
    switch (e.kind) {
      case 'born':
        if (d.expected === true) expectedBirth = e.date;
        break;
      case 'referral':
        referrals.set(e.date, { key: e.key, date: e.date, source: text(d.ReferralSource), need: text(d.PrimaryNeedCode), nfa: typeof d.ReferralNFA === 'boolean' ? d.ReferralNFA : null, closed: null, closureReason: null });
        break;
      case 'cin-closed': {
        const r = referrals.get(String(d.CINreferralDate));
        if (r) {
          r.closed = e.date;
          r.closureReason = text(d.ReasonForClosure);
        }
        break;
      }
      case 'assessment-started':
        assessments.set(e.date, { key: e.key, start: e.date, authorised: null, referral: text(d.CINreferralDate), factors: [] });
        break;
      case 'assessment-authorised': {
        const a = assessments.get(String(d.AssessmentActualStartDate));
        if (a) {
          a.authorised = e.date;
          a.factors = text(d.AssessmentFactors)?.split(' ') ?? [];
        }
        break;
      }
      case 'section-47-started':
        s47s.set(e.date, { key: e.key, start: e.date, icpc: null, notRequired: d.ICPCnotRequired === true, referral: text(d.CINreferralDate) });
        break;
      case 'initial-child-protection-conference':
        if (text(d.S47ActualStartDate)) icpcBySection47.set(String(d.S47ActualStartDate), e.date);
        break;
      case 'child-protection-plan-started':
        plans.set(e.date, {
          key: e.key, start: e.date, end: null, previousPlans: typeof d.NumberOfPreviousCPP === 'number' ? d.NumberOfPreviousCPP : null,
          initialCategory: text(d.InitialCategoryOfAbuse), latestCategory: text(d.LatestCategoryOfAbuse), reviews: [],
        });
        break;
      case 'child-protection-plan-ended': {
        const p = plans.get(String(d.CPPstartDate));
        if (p) p.end = e.date;
        break;
      }
      case 'child-protection-review':
        cpReviews.push({ date: e.date, plan: text(d.CPPstartDate) });
        break;
      case 'cin-plan-started':
        cinPlanStarts.set(e.date, null);
        break;
      case 'cin-plan-ended':
        if (cinPlanStarts.has(String(d.CINPlanStartDate))) cinPlanStarts.set(String(d.CINPlanStartDate), e.date);
        break;
      case 'started-to-be-looked-after':
        careStarts.set(e.date, e);
        rneByDate.set(e.date, 'S');
        break;
      case 'placement-changed':
        rneByDate.set(e.date, text(d.RNE));
        break;
      case 'looked-after-review':
        laReviews.push(e.date);
        break;
      case 'care-leaver-information':
        careLeaver.push({ key: e.key, date: e.date, inTouch: text(d.IN_TOUCH), activity: text(d.ACTIV), accommodation: text(d.ACCOM) });
        break;
      case 'social-worker-changed':
        socialWorkers.push({ start: e.date, end: text(d.SW_DEC), id: text(d.SW_ID) });
        break;
      default:
        break;
    }
  }
  const birth = text(chronology.identity.values.PersonBirthDate);
  for (const s of s47s.values()) s.icpc = icpcBySection47.get(s.start) ?? null;
  for (const r of cpReviews) plans.get(r.plan ?? '')?.reviews.push(r.date);

  const periods: PeriodOfCareFact[] = [];
  const placementSpans = chronology.spans.filter((s) => s.kind === 'placement');
  const legalSpans = chronology.spans.filter((s) => s.kind === 'legal-status');
  const missing: MissingFact[] = [];
  for (const span of chronology.spans) {
    if (span.kind === 'missing') missing.push({ key: `missing:${span.start}`, start: span.start, end: span.end, kind: text(span.details.MISSING) });
    if (span.kind !== 'period-of-care') continue;
    const within = (start: IsoDate) => start >= span.start && (span.end === null || start < span.end);
    const legalStatuses = legalSpans.filter((l) => within(l.start)).map((l) => ({ start: l.start, end: l.end, status: text(l.details.LS) }));
    const started = careStarts.get(span.start);
    const placements = placementSpans.filter((p) => within(p.start));
    // Episodes change only with a placement or a legal status, so the last episode starts with the later of the two.
    const lastEpisode = [placements.at(-1)?.start ?? span.start, legalStatuses.at(-1)?.start ?? span.start].sort()[1]!;
    periods.push({
      key: `started-to-be-looked-after:${span.start}`,
      start: span.start,
      end: span.end,
      endKey: span.end === null ? null : `ceased-to-be-looked-after:${lastEpisode}`,
      reason: text(span.details.REC),
      shortBreaks: legalStatuses.length > 0 && legalStatuses.every((l) => SHORT_BREAKS.has(l.status ?? '')),
      homePostcode: text(started?.details.HOME_POST),
      need: text(started?.details.CIN),
      placements: placements.map((p) => {
        const rne = rneByDate.get(p.start) ?? null;
        const place = text(p.details.PLACE);
        return { start: p.start, end: p.end, place, provider: text(p.details.PLACE_PROVIDER), postcode: text(p.details.PL_POST), rne, newCarer: NEW_CARER.has(rne ?? '') && !TEMPORARY.test(place ?? '') };
      }),
      legalStatuses,
      reviews: laReviews.filter(within),
    });
  }

  const byStart = <T extends { start: IsoDate }>(list: Iterable<T>): T[] => [...list].sort((a, b) => a.start.localeCompare(b.start));
  return {
    la: chronology.la,
    childId: chronology.childId,
    birth,
    expectedBirth: birth === null ? expectedBirth : null,
    sex: (text(chronology.identity.values.sex) as SexCode | null),
    ethnicity: text(chronology.identity.values.ethnicity),
    disabilities,
    referrals: [...referrals.values()].sort((a, b) => a.date.localeCompare(b.date)),
    assessments: byStart(assessments.values()),
    section47s: byStart(s47s.values()),
    cinPlans: byStart([...cinPlanStarts].map(([start, end]) => ({ start, end }))),
    cpPlans: byStart(plans.values()).map((p) => ({ ...p, reviews: p.reviews.sort() })),
    periodsOfCare: periods,
    missing: byStart(missing),
    careLeaver,
    socialWorkers: byStart(socialWorkers),
    dataFrom: firstYear === null ? null : collectionStart(firstYear as `${number}/${number}`),
  };
}
