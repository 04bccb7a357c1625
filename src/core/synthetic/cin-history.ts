import { addDays, addMonths, ageOn, daysBetween, type IsoDate } from '../model/dates.ts';
import type { Assessment, CINdetails, CINPlanDates, ChildProtectionPlan, CPPreview, Section47 } from '../model/cin.ts';
import { collectionYearOf, endYearOf } from '../model/collection-year.ts';
import { addWorkingDays } from '../calendar/working-days.ts';
import { codesIn } from '../codes/code-list.ts';
import { assessmentFactors } from '../codes/cin-codes.ts';
import type { Life, PeriodOfCare, Person } from './life.ts';
import { drawPeriodOfCare, drawShortBreaks, type CareRoute } from './looked-after-history.ts';
import { drawPerson } from './population.ts';
import type { Random } from './random.ts';

/**
 * A synthetic child's history with children's social care: referrals one after another, each an
 * episode of need (CINdetails) with its assessment, section 47 enquiry, conference, child protection
 * plan, CIN plan and closure, and the periods of care that start while an episode is open. Rates
 * follow England's published figures (indicators.md §2): about 22% of referrals are re-referrals
 * within 12 months, 86% of assessments finish within 45 working days (median 33), one CP plan in five
 * is a second or later plan, and CP plan lengths follow the D7 2025 bands.
 */

export interface LifeRequest {
  readonly childId: string;
  readonly la: string;
  /** The child's own UPN digits within the council (see `upn`). */
  readonly upnSerial: number;
  /** 1 April of the first collection year: the child must be known to services on or after it. */
  readonly windowStart: IsoDate;
  /** 31 March of the last collection year: no referral is made after it. */
  readonly windowEnd: IsoDate;
  /** The earliest first referral: history before the first year, so that open cases exist at its start. */
  readonly historyStart: IsoDate;
  readonly lastYear: number;
  readonly workers: number;
}

/** How much a family's difficulties bring it back to services: drives S47s, CP plans, care and re-referral. */
type Risk = 'low' | 'mid' | 'high';
const RISK = { low: 55, mid: 33, high: 12 } as const;
const S47 = { low: 0.12, mid: 0.36, high: 0.7 } as const;
const ICPC = { low: 0.25, mid: 0.4, high: 0.6 } as const;
const CARE_FROM_CP = { low: 0.09, mid: 0.14, high: 0.25 } as const;
const REFERRED_AGAIN = { low: 0.33, mid: 0.53, high: 0.72 } as const;
const GAP_MEDIAN = { low: 250, mid: 150, high: 100 } as const;

/** Police about 28%, schools 21% (CIN 2025). */
const REFERRAL_SOURCE = {
  '6': 28, '2A': 21, '1A': 5, '1B': 1, '1C': 1.5, '1D': 1, '2B': 2,
  '3A': 2, '3B': 2.5, '3C': 0.5, '3D': 2, '3E': 4, '3F': 3.5, '4': 2,
  '5A': 3, '5B': 3, '5C': 2, '5D': 3, '7': 4, '8': 4, '9': 1, '10': 3,
} as const;

const PRIMARY_NEED = { N1: 48, N2: 8, N3: 4, N4: 10, N5: 19, N6: 4, N7: 0.5, N8: 4.5, N0: 2 } as const;

const FACTORS: Readonly<Record<string, number>> = {
  '3B': 20, '4B': 18, '16A': 12, '17A': 12, '2B': 8, '1B': 6, '4A': 8, '3A': 8, '14A': 3, '15A': 4, '11A': 2, '10A': 2,
  '24A': 2, '13A': 1, '18C': 3, '18B': 1, '19C': 2, '19B': 1, '18A': 3, '19A': 2, '5A': 2, '6A': 2, '6B': 2, '7A': 1, '20': 4,
};

/**
 * Working days from assessment start to authorisation: England 2025 (C2) has 25th percentile 17,
 * median 33, 75th percentile 43 and 85.7% within 45.
 */
const ASSESSMENT_DAYS: readonly (readonly [number, number])[] = [
  [0, 0], [0.03, 0], [0.1, 6], [0.25, 17], [0.5, 33], [0.75, 43], [0.857, 45], [0.93, 56], [0.975, 75], [1, 130],
];

/** Working days from referral to the start of the assessment: mostly the same or the next day. */
const ASSESSMENT_START: readonly (readonly [number, number])[] = [[0, 0], [0.4, 0], [0.65, 1], [0.8, 2], [0.92, 3], [1, 8]];

/**
 * CP plan length in days, aiming at the D7 2025 bands of plans ending (≤3m 16%, 3–6m 11%, 6–12m 43.5%,
 * 1–2y 25.5%, 2y+ 4%); long plans get a little more weight because plans cut short by care end early.
 */
const CP_DAYS: readonly (readonly [number, number])[] = [
  [0, 20], [0.15, 91], [0.255, 182], [0.68, 364], [0.94, 729], [1, 1100],
];

/** Factor codes valid in every census an assessment of this collection year can appear in. */
const factorChoices = new Map<string, Readonly<Record<string, number>>>();
function factorsFor(from: number, to: number): Readonly<Record<string, number>> {
  const key = `${from}-${to}`;
  let choice = factorChoices.get(key);
  if (!choice) {
    const valid = (code: string): boolean => {
      for (let y = from; y <= to; y++) if (!codesIn(assessmentFactors, y).has(code)) return false;
      return true;
    };
    choice = Object.fromEntries(Object.entries(FACTORS).filter(([code]) => valid(code)));
    factorChoices.set(key, choice);
  }
  return choice;
}

/** What one episode of need did, for the next to build on. */
interface EpisodeOutcome {
  readonly details: CINdetails;
  readonly care: readonly PeriodOfCare[];
  readonly closure: IsoDate;
  readonly plans: number;
}

interface Context {
  readonly random: Random;
  readonly request: LifeRequest;
  readonly person: Person;
  readonly risk: Risk;
  readonly uasc: boolean;
  readonly eighteen: IsoDate;
}

function later(date: IsoDate, days: number): IsoDate {
  return addDays(date, Math.max(1, Math.round(days)));
}

function cpPlan(ctx: Context, start: IsoDate, previous: number): ChildProtectionPlan {
  const { random } = ctx;
  const days = Math.round(random.quantile(CP_DAYS));
  const end = addDays(start, days);
  const category = random.weighted({ NEG: 50, EMO: 37, PHY: 6, SAB: 4, MUL: 3 });
  // Review conferences: the first within 3 months of the plan, then at most 6 months apart; the plan ends at one.
  const reviews: CPPreview[] = [];
  let due = addMonths(start, 3);
  while (due < end) {
    const held = random.chance(0.93) ? addDays(due, -random.int(0, 14)) : addDays(due, random.int(1, 30));
    // A review that would fall after the plan has ended is not held (rule 4003: not while a CIN plan follows).
    if (held >= end) break;
    reviews.push({ CPPreviewDate: held });
    due = addMonths(held, 6);
  }
  if (reviews.length === 0 || random.chance(0.8)) reviews.push({ CPPreviewDate: end });
  return {
    CPPstartDate: start,
    CPPendDate: end,
    InitialCategoryOfAbuse: category,
    LatestCategoryOfAbuse: random.chance(0.9) ? category : random.weighted({ NEG: 50, EMO: 37, PHY: 6, SAB: 4, MUL: 3 }),
    NumberOfPreviousCPP: previous,
    Reviews: reviews,
  };
}

/** A plan or care ends at or before a date: a CP plan cut short when the child comes into care. */
function endPlanAt(plan: ChildProtectionPlan, date: IsoDate): ChildProtectionPlan {
  return { ...plan, CPPendDate: date, Reviews: plan.Reviews.filter((r) => r.CPPreviewDate! < date).concat({ CPPreviewDate: date }) };
}

function careClosure(ctx: Context, period: PeriodOfCare): { date: IsoDate; reason: string } {
  const { random } = ctx;
  const rec = period.episodes[period.episodes.length - 1]!.REC!;
  const end = period.end;
  if (rec === 'E11' || rec === 'E12') return { date: end, reason: 'RC1' };
  if (/^E4[5-8]$/.test(rec)) return { date: end, reason: 'RC4' };
  if (rec === 'E41') return { date: end, reason: 'RC3' };
  if (rec === 'E3') return { date: end, reason: 'RC5' };
  if (end >= ctx.eighteen) return { date: ctx.eighteen, reason: rec === 'E7' ? 'RC6' : 'RC7' };
  // Back home: the family keeps a child in need plan for a few months.
  return { date: later(end, random.lognormal(120, 0.5)), reason: 'RC7' };
}

function drawEpisode(ctx: Context, referral: IsoDate, previousPlans: number, first: boolean): EpisodeOutcome {
  const { random, person, risk, request } = ctx;
  const age = Math.max(0, ageOn(person.birth, referral));
  const sources = referral >= '2022-04-01' ? REFERRAL_SOURCE : { ...REFERRAL_SOURCE, '5D': 0 };
  const source = random.weighted(sources);
  const common = {
    CINreferralDate: referral,
    ReferralSource: source,
    Assessments: [] as Assessment[],
    CINPlanDates: [] as CINPlanDates[],
    Section47: [] as Section47[],
    ChildProtectionPlans: [] as ChildProtectionPlan[],
  };
  const uascArrival = ctx.uasc && first;
  if (!uascArrival && random.chance(0.07)) {
    const decided = addWorkingDays(referral, random.int(0, 2));
    // Decided within the referral's own year: a case carried into the next is not one with no further action (rule 8569Q).
    const closure = collectionYearOf(decided) === collectionYearOf(referral) ? decided : referral;
    return {
      // RC8 and RC9 say an assessment was done; a referral with no further action had none (rule 8825Q).
      details: { ...common, PrimaryNeedCode: random.chance(0.6) ? 'N9' : 'N0', CINclosureDate: closure, ReasonForClosure: 'RC7', DateOfInitialCPC: null, ReferralNFA: true },
      care: [],
      closure,
      plans: 0,
    };
  }

  const assessmentStart = addWorkingDays(referral, Math.round(random.quantile(ASSESSMENT_START)));
  const authorised = addWorkingDays(assessmentStart, Math.round(random.quantile(ASSESSMENT_DAYS)));
  const year = endYearOf(collectionYearOf(assessmentStart));
  const factorWeights = factorsFor(Math.min(year, request.lastYear), request.lastYear);
  const factors = [...new Set(Array.from({ length: random.int(1, 4) }, () => random.weighted(factorWeights)))];
  const assessment: Assessment = {
    AssessmentActualStartDate: assessmentStart,
    AssessmentInternalReviewDate: null,
    AssessmentAuthorisationDate: authorised,
    AssessmentFactors: factors,
  };
  const emergency = !uascArrival && age < 17 && random.chance(0.018);
  const remand = !uascArrival && !emergency && age >= 12 && age < 17 && random.chance(0.005);

  let section47: Section47 | null = null;
  let plan: ChildProtectionPlan | null = null;
  let icpc: IsoDate | null = null;
  // A child who has been on a plan before is more likely to need one again.
  const known = previousPlans > 0;
  if (!uascArrival && !remand && (emergency || random.chance(known ? 0.58 : S47[risk]))) {
    const start = addWorkingDays(referral, random.int(0, 5));
    const target = addWorkingDays(start, 15);
    if (random.chance(known ? 0.5 : ICPC[risk])) icpc = random.chance(0.8) ? addWorkingDays(start, random.int(4, 15)) : addWorkingDays(start, random.int(16, 35));
    section47 = { S47ActualStartDate: start, InitialCPCtarget: target, DateOfInitialCPC: icpc, ICPCnotRequired: icpc === null };
    if (icpc && random.chance(0.78)) plan = cpPlan(ctx, icpc, previousPlans);
  }

  const care: PeriodOfCare[] = [];
  const need = plan ? (random.chance(0.85) ? 'N1' : random.weighted(PRIMARY_NEED)) : uascArrival ? 'N8' : remand ? 'N6' : random.weighted(PRIMARY_NEED);
  const careNeed = need === 'N0' ? 'N1' : need;
  const enterCare = (start: IsoDate, route: CareRoute): PeriodOfCare | null => {
    // A baby on a pre-birth plan is removed at birth, not before.
    const from = start < person.birth ? addDays(person.birth, random.int(0, 3)) : start;
    if (from >= addDays(ctx.eighteen, -14)) return null;
    const allocated = referral < person.birth ? person.birth : referral;
    const period = drawPeriodOfCare(random, { person, la: request.la, start: from, allocated, route, need: careNeed, workers: request.workers });
    care.push(period);
    return period;
  };

  let lastService = authorised;
  let cinPlan: CINPlanDates | null = null;
  let careEnded: PeriodOfCare | null = null;
  const planFrom = (start: IsoDate, medianDays: number): void => {
    const end = later(start, random.lognormal(medianDays, 0.7));
    cinPlan = { CINPlanStartDate: start, CINPlanEndDate: end };
    if (end > lastService) lastService = end;
  };
  if (uascArrival || emergency || remand) {
    careEnded = enterCare(addDays(referral, random.int(0, 1)), uascArrival ? 'uasc' : remand ? 'remand' : 'emergency');
    // Once a child is looked after the conference does not usually make a plan.
    if (careEnded) plan = null;
  } else if (plan) {
    if (random.chance(CARE_FROM_CP[risk])) {
      const entry = addDays(plan.CPPstartDate!, random.int(14, 300));
      if (entry < plan.CPPendDate!) {
        careEnded = enterCare(entry, 'cp');
        if (careEnded && careEnded.start < plan.CPPendDate!) plan = endPlanAt(plan, careEnded.start);
      }
    }
    if (plan.CPPendDate! > lastService) lastService = plan.CPPendDate!;
    if (!careEnded && random.chance(0.55)) planFrom(plan.CPPendDate!, 120);
  } else if (random.chance(0.5)) {
    planFrom(addWorkingDays(authorised, random.int(0, 10)), 180);
    const planned = cinPlan as CINPlanDates | null;
    if (planned && person.disabilities.length > 0 && person.disabilities[0] !== 'NONE' && need === 'N2' && random.chance(0.25)) {
      // Short breaks run for as long as the family's plan.
      const end = later(planned.CINPlanStartDate!, random.lognormal(500, 0.5));
      cinPlan = { CINPlanStartDate: planned.CINPlanStartDate, CINPlanEndDate: end };
      if (end > lastService) lastService = end;
      care.push(...drawShortBreaks(random, { person, la: request.la, start: addDays(planned.CINPlanStartDate!, random.int(7, 40)), need: 'N2', workers: request.workers }, end < ctx.eighteen ? end : ctx.eighteen));
    } else if (planned && random.chance(0.06)) {
      const entry = addDays(planned.CINPlanStartDate!, random.int(14, 200));
      if (entry < planned.CINPlanEndDate!) {
        careEnded = enterCare(entry, 'cin');
        if (careEnded && careEnded.start < planned.CINPlanEndDate!) cinPlan = { CINPlanStartDate: planned.CINPlanStartDate, CINPlanEndDate: careEnded.start };
      }
    }
  }

  let closure: IsoDate;
  let reason: string;
  if (careEnded) {
    ({ date: closure, reason } = careClosure(ctx, careEnded));
    if (closure < lastService) closure = lastService;
  } else if (!section47 && !cinPlan) {
    closure = addWorkingDays(authorised, random.int(0, 5));
    reason = referral >= '2022-04-01' && random.chance(0.4) ? 'RC9' : 'RC8';
  } else {
    closure = later(lastService, random.int(0, 20));
    reason = random.weighted({ RC7: 90, RC5: 4, RC3: 2, RC4: 2, RC6: 2 });
  }
  if (closure > ctx.eighteen) {
    closure = ctx.eighteen;
    reason = random.chance(0.3) ? 'RC6' : 'RC7';
  }
  const details = closedBy({
    ...common,
    PrimaryNeedCode: need,
    CINclosureDate: closure,
    ReasonForClosure: reason,
    // The conference is recorded once, on the section 47 enquiry that led to it (rule 2884).
    DateOfInitialCPC: null,
    Assessments: [assessment],
    CINPlanDates: cinPlan ? [cinPlan] : [],
    Section47: section47 ? [section47] : [],
    ReferralNFA: false,
    ChildProtectionPlans: plan ? [plan] : [],
  });
  return { details, care, closure, plans: details.ChildProtectionPlans.length };
}

/**
 * Services stop when the episode closes (at 18 at the latest): whatever would have started later did
 * not happen, and whatever was still going ends with it.
 */
function closedBy(details: CINdetails): CINdetails {
  const closure = details.CINclosureDate!;
  const cut = (date: IsoDate | null): IsoDate | null => (date !== null && date > closure ? closure : date);
  const section47 = details.Section47.filter((s) => s.S47ActualStartDate! <= closure).map((s) =>
    s.DateOfInitialCPC !== null && s.DateOfInitialCPC > closure ? { ...s, DateOfInitialCPC: null, ICPCnotRequired: true } : s);
  return {
    ...details,
    Assessments: details.Assessments.filter((a) => a.AssessmentActualStartDate! <= closure)
      .map((a) => ({ ...a, AssessmentAuthorisationDate: cut(a.AssessmentAuthorisationDate) })),
    // A plan due to start the day the case closes does not start: it would end the day it started (4012Q; 8840 for CP plans).
    CINPlanDates: details.CINPlanDates.filter((p) => p.CINPlanStartDate! < closure).map((p) => ({ ...p, CINPlanEndDate: cut(p.CINPlanEndDate) })),
    Section47: section47,
    ChildProtectionPlans: details.ChildProtectionPlans.filter((p) => p.CPPstartDate! < closure)
      .map((p) => (p.CPPendDate! > closure ? endPlanAt(p, closure) : p)),
  };
}

function history(ctx: Context, firstReferral: IsoDate): Omit<Life, 'person'> {
  const { random, risk, request } = ctx;
  const cin: CINdetails[] = [];
  const care: PeriodOfCare[] = [];
  let plans = 0;
  let referral = firstReferral;
  for (;;) {
    const outcome = drawEpisode(ctx, referral, plans, cin.length === 0);
    cin.push(outcome.details);
    care.push(...outcome.care);
    plans += outcome.plans;
    // An adopted child is known by a new identity after adoption, never again by this one (903 rule 199).
    if (outcome.details.ReasonForClosure === 'RC1' || !random.chance(REFERRED_AGAIN[risk])) break;
    referral = later(outcome.closure, random.lognormal(GAP_MEDIAN[risk], 1.0));
    if (referral > request.windowEnd || referral >= addDays(ctx.eighteen, -60)) break;
  }
  return { cin, care };
}

function overlapsWindow(life: Omit<Life, 'person'>, request: LifeRequest): boolean {
  return life.cin.some((d) => d.CINreferralDate! <= request.windowEnd && d.CINclosureDate! >= request.windowStart);
}

export function drawLife(random: Random, request: LifeRequest): Life {
  // Families come to services at a steady rate from long before the first year; a child whose whole
  // involvement ended before it is not in any return, so another is drawn in their place. Drawing
  // afresh (rather than moving that child's dates) keeps the years alike: each is a year of the same
  // steady flow, with its share of long-running cases and of children coming back.
  for (let attempt = 0; ; attempt++) {
    const uasc = random.chance(0.012);
    const risk = random.weighted(RISK);
    const from = attempt < MAX_DRAWS ? request.historyStart : request.windowStart;
    const firstReferral = addDays(from, random.int(0, daysBetween(from, request.windowEnd)));
    const person = drawPerson(random, { childId: request.childId, la: request.la, upnSerial: request.upnSerial, firstReferral, uasc });
    const ctx: Context = { random, request, person, risk, uasc, eighteen: addMonths(person.birth, 216) };
    const life = history(ctx, firstReferral);
    if (overlapsWindow(life, request) || attempt >= MAX_DRAWS) return { person, ...life };
  }
}

/** After this many children outside the window, the next is drawn inside it (a referral in the window always overlaps it). */
const MAX_DRAWS = 100;
