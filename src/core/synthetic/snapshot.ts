import { addMonths, ageOn, daysBetween, type IsoDate } from '../model/dates.ts';
import type { CinChild, CINdetails } from '../model/cin.ts';
import type { Ssda903TableName, Ssda903Tables } from '../model/ssda903.ts';
import type { Oc2, Oc3 } from '../model/ssda903.ts';
import type { Life, PeriodOfCare, Person } from './life.ts';
import type { Random } from './random.ts';

/**
 * Cuts a synthetic child's life into one collection year's returns, exactly as the returns define
 * who and what is included: the CIN census takes every episode of need open at some time in the year
 * with what happened in it up to 31 March; the SSDA903 takes every episode of care open at some time in
 * the year and the satellite tables by their own rules. Nothing dated after 31 March is shown (dates
 * still in the future are blank), except dates that are plans rather than events: the expected birth
 * date of an unborn child and the target date of an initial child protection conference.
 */

export type Ssda903Rows = Partial<{ -readonly [T in Ssda903TableName]: Ssda903Tables[T][number][] }>;

function bounds(endYear: number): { start: IsoDate; ref: IsoDate } {
  return { start: `${endYear - 1}-04-01`, ref: `${endYear}-03-31` };
}

function upTo(date: IsoDate | null, ref: IsoDate): IsoDate | null {
  return date !== null && date <= ref ? date : null;
}

/** Age on the reference date at which a child has started school and so has a UPN. */
const SCHOOL_AGE = 5;

function upnOn(person: Person, ref: IsoDate): { upn: string | null; unknown: string } {
  if (ageOn(person.birth, ref) < SCHOOL_AGE || person.birth > ref) return { upn: null, unknown: 'UN1' };
  return { upn: person.upn, unknown: person.upnUnknown };
}

/** Still going on 1 April, or started since: an end date before the year means it was returned in earlier censuses. */
function openInYear(end: IsoDate | null, start: IsoDate): boolean {
  return end === null || end >= start;
}

/**
 * One episode of need as the census returns it: of what happened in it, only the assessments, section
 * 47 enquiries, CIN plans and CP plans open at 1 April or started in the year (rules 8696, 8715, 4013,
 * 8930 want their end dates within the year), each as it stood on 31 March.
 */
function cinDetailsIn(details: CINdetails, endYear: number, start: IsoDate, ref: IsoDate): CINdetails {
  const closure = upTo(details.CINclosureDate, ref);
  return {
    ...details,
    CINclosureDate: closure,
    ReasonForClosure: closure ? details.ReasonForClosure : null,
    DateOfInitialCPC: upTo(details.DateOfInitialCPC, ref),
    Assessments: details.Assessments.filter((a) => a.AssessmentActualStartDate! <= ref && openInYear(a.AssessmentAuthorisationDate, start)).map((a) => {
      const authorised = upTo(a.AssessmentAuthorisationDate, ref);
      // Factors are recorded when the assessment is authorised.
      return { ...a, AssessmentAuthorisationDate: authorised, AssessmentFactors: authorised ? a.AssessmentFactors : null };
    }),
    // The CINPlanDates group exists from the 2021/22 census.
    CINPlanDates: endYear < 2022 ? [] : details.CINPlanDates.filter((p) => p.CINPlanStartDate! <= ref && openInYear(p.CINPlanEndDate, start))
      .map((p) => ({ ...p, CINPlanEndDate: upTo(p.CINPlanEndDate, ref) })),
    // An enquiry ends with its conference or, when none is needed, with that decision at its target date.
    Section47: details.Section47.filter((s) => s.S47ActualStartDate! <= ref && openInYear(s.DateOfInitialCPC ?? s.InitialCPCtarget, start)).map((s) => ({
      ...s,
      DateOfInitialCPC: upTo(s.DateOfInitialCPC, ref),
      // Decided by the target date, or when the case closed before it (rule 8868).
      ICPCnotRequired: s.ICPCnotRequired === true && (s.InitialCPCtarget! <= ref || closure !== null),
    })),
    ChildProtectionPlans: details.ChildProtectionPlans.filter((p) => p.CPPstartDate! <= ref && openInYear(p.CPPendDate, start)).map((p) => ({
      ...p,
      CPPendDate: upTo(p.CPPendDate, ref),
      Reviews: p.Reviews.filter((r) => r.CPPreviewDate! <= ref),
    })),
  };
}

/** The child's CIN census record for a year, or null when no episode of need is open in it. */
export function cinRecord(life: Life, endYear: number): CinChild | null {
  const { start, ref } = bounds(endYear);
  const open = life.cin.filter((d) => d.CINreferralDate! <= ref && (d.CINclosureDate === null || d.CINclosureDate >= start));
  if (open.length === 0) return null;
  const { person } = life;
  const born = person.birth <= ref;
  const { upn, unknown } = upnOn(person, ref);
  const sex = born ? person.sex : 'U';
  return {
    ChildIdentifiers: {
      LAchildID: person.childId,
      UPN: upn,
      FormerUPN: null,
      UPNunknown: upn ? null : unknown,
      PersonBirthDate: born ? person.birth : null,
      ExpectedPersonBirthDate: born ? null : (person.expectedBirth ?? person.birth),
      // GenderCurrent to 2023/24 (0 = not recorded or unborn), Sex from 2024/25.
      GenderCurrent: endYear <= 2024 ? { M: '1', F: '2', U: '0' }[sex] : null,
      Sex: endYear >= 2025 ? sex : null,
      PersonDeathDate: null,
    },
    ChildCharacteristics: { Ethnicity: person.ethnicity, Disabilities: person.disabilities },
    CINdetails: open.map((d) => cinDetailsIn(d, endYear, start, ref)),
  };
}

function oc2(random: Random, person: Person, start: IsoDate, ref: IsoDate): Oc2 {
  const age = ageOn(person.birth, ref);
  // No SDQ is due for a child under 4 at the end of the year or 17 at its start (rules 188, 189); one
  // turning 4 or 17 in the year has the age as the reason for no form (SDQ1: rules 157, 197B).
  const due = age >= 4 && ageOn(person.birth, start) < 17;
  const allYear = ageOn(person.birth, start) >= 4 && age <= 16;
  const scored = allYear && random.chance(0.75);
  const misuse = age >= 11 && random.chance(0.04);
  const received = misuse ? random.chance(0.55) : null;
  const flag = (p: number): string => (random.chance(p) ? '1' : '0');
  return {
    CHILD: person.childId,
    DOB: person.birth,
    SDQ_SCORE: scored ? Math.max(0, Math.min(40, Math.round(random.normal(14, 7)))) : null,
    SDQ_REASON: scored || !due ? null : allYear ? random.weighted({ SDQ2: 30, SDQ3: 15, SDQ4: 35, SDQ5: 20 }) : 'SDQ1',
    CONVICTED: age >= 10 ? flag(0.04) : null,
    HEALTH_CHECK: age < 5 ? flag(0.88) : null,
    IMMUNISATIONS: flag(0.85),
    TEETH_CHECK: flag(0.8),
    HEALTH_ASSESSMENT: flag(0.9),
    SUBSTANCE_MISUSE: misuse ? '1' : '0',
    INTERVENTION_RECEIVED: received === null ? null : received ? '1' : '0',
    INTERVENTION_OFFERED: received === false ? flag(0.6) : null,
  };
}

function oc3(random: Random, person: Person, endYear: number, age: number): Oc3 {
  const inTouch = random.weighted({ YES: 88, NO: 4, REFU: 3, NREQ: 3, RHOM: 2 });
  const base = { CHILD: person.childId, DOB: person.birth, IN_TOUCH: inTouch };
  // Activity and accommodation are not known (0) for a young person not in touch or back home for 6 months.
  if (inTouch !== 'YES') return { ...base, ACTIV: '0', ACCOM: '0' };
  const training: Record<string, number> = endYear <= 2021 ? { F3: 12, P3: 6 } : { F4: 3, P4: 1, F5: 9, P5: 5 };
  const activity = random.weighted({ F1: 6, P1: 1, F2: 25, P2: 5, ...training, G4: 8, G5: 30, G6: 7 });
  // Staying put and foyers are for young people of 18 and over.
  const adult: Record<string, number> = age >= 18 ? { Z1: 14, T1: 4 } : {};
  const accommodation = random.weighted({ U1: 28, D1: 15, E1: 8, B1: 12, C1: 4, K1: 2, X1: 2, Y1: 3, S2: 1, W2: 1, B2: 2, U2: 2, R1: 1, ...adult });
  return { ...base, ACTIV: activity, ACCOM: accommodation };
}

/** A care leaver qualifies: in care for 13 weeks or more after their 14th birthday, and leaving at 16 or over. */
function leftCareEligible(person: Person, care: readonly PeriodOfCare[]): PeriodOfCare | null {
  const last = care.filter((p) => !p.shortBreaks).at(-1);
  if (!last || ageOn(person.birth, last.end) < 16) return null;
  // A young person whose care moved to another council (E3) is that council's care leaver (903 rule 1011).
  if (last.episodes.at(-1)!.REC === 'E3') return null;
  const fourteen = addMonths(person.birth, 168);
  let days = 0;
  for (const p of care) if (!p.shortBreaks && p.end > fourteen) days += daysBetween(p.start > fourteen ? p.start : fourteen, p.end);
  return days >= 91 ? last : null;
}

/** The child's SSDA903 rows for a year, or null when the child is in none of its tables. */
export function ssda903Rows(life: Life, endYear: number, random: Random): Ssda903Rows | null {
  const { start, ref } = bounds(endYear);
  const { person, care } = life;
  const open = care.filter((p) => p.start <= ref && p.end >= start);
  const rows: Ssda903Rows = {};
  const episodes = open.flatMap((p) => p.episodes.filter((e) => e.DECOM! <= ref && e.DEC! >= start)).map((e) => {
    const asAt = e.DEC! <= ref ? e : { ...e, DEC: null, REC: null, REASON_PLACE_CHANGE: null };
    // Semi-independent living (H5) had no Ofsted URN until it had to register, from 28 October 2023 (rules 222, 230).
    return asAt.PLACE === 'H5' && endYear <= 2023 ? { ...asAt, URN: null } : asAt;
  });
  if (episodes.length > 0) rows.episodes = episodes;
  const full = open.filter((p) => !p.shortBreaks);

  const reviews = full.flatMap((p) => p.reviews.filter((r) => r.REVIEW! >= start && r.REVIEW! <= ref));
  if (reviews.length > 0) rows.reviews = reviews;
  const missing = full.flatMap((p) => p.missing.filter((m) => m.MIS_START! <= ref && (m.MIS_END === null || m.MIS_END >= start)))
    .map((m) => ({ ...m, MIS_END: upTo(m.MIS_END, ref) }));
  if (missing.length > 0) rows.missing = missing;
  // The social worker table starts with the 2023/24 return.
  if (endYear >= 2024) {
    const workers = full.flatMap((p) => p.socialWorkers.filter((w) => w.SW_DECOM! <= ref && w.SW_DEC! >= start))
      .map((w) => ({ ...w, SW_DEC: upTo(w.SW_DEC, ref) }));
    if (workers.length > 0) rows.social_worker = workers;
  }
  // One row a child (INT35), for the latest period begun in the year, short breaks included (rule 630).
  const permanence = open.filter((p) => p.start >= start).at(-1)?.previousPermanence;
  if (permanence) rows.previous_permanence = [permanence];
  // A decision to place for adoption is reported while it stands, and in the year it is reversed.
  const placed = full.flatMap((p) => {
    const decision = p.placedForAdoption;
    return decision && decision.DATE_PLACED! <= ref && (decision.DATE_PLACED_CEASED === null || decision.DATE_PLACED_CEASED >= start) ? [decision] : [];
  })
    .map((p) => ({ ...p, DATE_PLACED_CEASED: upTo(p.DATE_PLACED_CEASED, ref), REASON_PLACED_CEASED: upTo(p.DATE_PLACED_CEASED, ref) ? p.REASON_PLACED_CEASED : null }));
  if (placed.length > 0) rows.placed_for_adoption = placed;
  const adopted = full.flatMap((p) => (p.adoption && p.end >= start && p.end <= ref ? [p.adoption] : []));
  if (adopted.length > 0) rows.ad1 = adopted;
  const uasc = full.find((p) => p.uascUntil !== null);
  if (uasc) rows.uasc = [{ CHILD: person.childId, SEX: sex903(person, endYear), DOB: person.birth, DUC: upTo(uasc.uascUntil, ref) }];
  // Looked after for the 12 months to 31 March: since 1 April at the latest.
  const twelveMonths = full.find((p) => p.start <= start && p.end > ref);
  if (twelveMonths) rows.oc2 = [oc2(random, person, start, ref)];

  const left = leftCareEligible(person, care.filter((p) => p.end <= ref));
  if (left && !twelveMonths) {
    for (let age = 17; age <= 21; age++) {
      const birthday = addMonths(person.birth, age * 12);
      if (birthday >= start && birthday <= ref && birthday >= left.end && !care.some((p) => p.start <= birthday && p.end > birthday)) {
        rows.oc3 = [oc3(random, person, endYear, age)];
      }
    }
  }

  if (Object.keys(rows).length === 0) return null;
  // MOTHER is for girls looked after in the year other than on short breaks, not for care leavers alone
  // (rules 165, 399, 628); her child is born by 31 March and, if she has left care, by the day she left (625).
  const bornBy = episodes.at(-1)?.DEC ?? ref;
  const mother = person.sex === 'F' && full.length > 0 ? (person.childBorn !== null && person.childBorn <= bornBy ? '1' : '0') : null;
  const { upn, unknown } = upnOn(person, ref);
  rows.header = [{
    CHILD: person.childId,
    SEX: sex903(person, endYear),
    DOB: person.birth,
    ETHNIC: person.ethnicity,
    UPN: upn ?? unknown,
    MOTHER: mother,
    MC_DOB: mother === '1' ? person.childBorn : null,
  }];
  return rows;
}

/** SEX is 1/2 to 2023/24 and M/F/U from 2024/25. */
function sex903(person: Person, endYear: number): string {
  return endYear <= 2024 ? (person.sex === 'M' ? '1' : '2') : person.sex;
}
